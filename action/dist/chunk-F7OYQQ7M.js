import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-KXRHPFHL.js";
import "./chunk-AHQMKDLY.js";
import "./chunk-4NGSXAHI.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-RK5CSKZX.js";
import "./chunk-NSCQNU5V.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-W6J2NJ32.js";
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
