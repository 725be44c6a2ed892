import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-AFR7R7UV.js";
import "./chunk-BEZWNO65.js";
import "./chunk-76WRNSNC.js";
import "./chunk-BUVD3LHX.js";
import "./chunk-2PNVGYJI.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-WTVG7CNR.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-LG3Y6Y7S.js";
import "./chunk-ZE2ONDKC.js";
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
