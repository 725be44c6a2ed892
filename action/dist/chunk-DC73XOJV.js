import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  checkCommand,
  concurrencyOption,
  failOnOption,
  formatOption,
  registryDir,
  releaseOption,
  reportResult
} from "./chunk-ZR6XUBG4.js";
import "./chunk-YGNCND2A.js";
import "./chunk-3T545DQ4.js";
import "./chunk-EYAG2L7U.js";
import "./chunk-4XUEJQ7R.js";
import "./chunk-JJS6HT6D.js";
import "./chunk-LSHR46EP.js";
import "./chunk-3TFLXBUR.js";
import "./chunk-QWS62BWV.js";
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
