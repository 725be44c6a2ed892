import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-NAZWSZXH.js";
import "./chunk-NXT5F5I3.js";
import "./chunk-LXTQKF62.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-LGZVWEZ5.js";
import "./chunk-LZPCVEWN.js";
import "./chunk-44VDZ2H7.js";
import "./chunk-YNVQLM7T.js";
import "./chunk-TFGIKC3V.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-UZN3YM2U.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-VXIP6GMK.js";
import "./chunk-OSAJ7EFF.js";
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
