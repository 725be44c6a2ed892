import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-FCKOQ6T5.js";
import "./chunk-BEZWNO65.js";
import "./chunk-GMT6QJWJ.js";
import "./chunk-RBMT5I4J.js";
import "./chunk-3EGCKMCO.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-QFTRTT7N.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-BV26S7HS.js";
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
