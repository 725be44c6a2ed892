import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-O2D6IM3D.js";
import "./chunk-TI2DMK6B.js";
import "./chunk-Y6APSGXG.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-CFTXCG7A.js";
import "./chunk-WJYIGGR7.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-I3VI2GLD.js";
import "./chunk-ZE2ONDKC.js";
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
