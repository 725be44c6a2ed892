import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-D7WXJZLW.js";
import "./chunk-BEZWNO65.js";
import "./chunk-KVR4T2CE.js";
import "./chunk-TREDZZYO.js";
import "./chunk-GDZU6M3O.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-AJDGE52E.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-JBI363PM.js";
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
