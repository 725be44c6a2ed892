import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-J7VHKOYI.js";
import "./chunk-2WWN3K2W.js";
import "./chunk-IPSDSE6A.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-MLIBZQIJ.js";
import "./chunk-W7OBRH4H.js";
import "./chunk-CECSRMTO.js";
import "./chunk-WMWDD3WI.js";
import "./chunk-IIN2BEFO.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-D4Y3WQNW.js";
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
