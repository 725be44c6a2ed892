import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-4AG4CTK7.js";
import "./chunk-G3N6SDC4.js";
import "./chunk-624EEBAA.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-STCBHHEU.js";
import "./chunk-CG4W3CG2.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-2OUJVDXL.js";
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
