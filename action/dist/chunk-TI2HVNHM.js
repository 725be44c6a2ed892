import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-NJAFKR3A.js";
import "./chunk-GP35Q5FC.js";
import "./chunk-CRWAOWCA.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-BEZWNO65.js";
import "./chunk-GCFVK2XQ.js";
import "./chunk-WWWXMRKU.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-AVCYZN6H.js";
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
