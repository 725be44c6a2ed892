import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-VHNRKMZQ.js";
import "./chunk-H73ZE4HA.js";
import "./chunk-FRAJ7U5Y.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-GRXWV7X3.js";
import "./chunk-EI5FMOFY.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-JXZ37MBL.js";
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
