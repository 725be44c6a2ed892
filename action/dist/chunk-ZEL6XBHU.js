import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-B3YSI3PX.js";
import "./chunk-3VXSVCUB.js";
import "./chunk-62ZFBNJU.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-ZAOSCKDE.js";
import "./chunk-CC2K7Y5S.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-LTKOKAAR.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-VXIP6GMK.js";
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
