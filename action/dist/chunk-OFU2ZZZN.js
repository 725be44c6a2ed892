import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-EEWFIU5K.js";
import "./chunk-MLJ5W676.js";
import "./chunk-IHJNYC6O.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-SV7GS3MD.js";
import "./chunk-SY7EWUNA.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-XI6DDESW.js";
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
