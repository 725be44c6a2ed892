import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-FYUDYVU3.js";
import "./chunk-S66Z6P6G.js";
import "./chunk-DCCUC7ER.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-KPJYZTLY.js";
import "./chunk-T2FFFGP6.js";
import "./chunk-YYKQJCEV.js";
import "./chunk-UGOBKAOL.js";
import "./chunk-G3RPY7MS.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-Z3LCSCTD.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-WBKPGEYU.js";
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
