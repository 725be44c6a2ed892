import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-SC5U47BC.js";
import "./chunk-NLSGORUW.js";
import "./chunk-LNYGLXXU.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-AEDC3R3H.js";
import "./chunk-YCXV37TX.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-NYS72C6T.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-VXIP6GMK.js";
import "./chunk-OSAJ7EFF.js";
import "./chunk-UGMGZRCV.js";
import "./chunk-KPOE4I3O.js";
export {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
};
