import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-T4GNNTZ2.js";
import "./chunk-ABY3B7RY.js";
import "./chunk-BN47NVGW.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-BEZWNO65.js";
import "./chunk-RSDIZWGJ.js";
import "./chunk-L5IHXFEI.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-MIETZUV3.js";
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
