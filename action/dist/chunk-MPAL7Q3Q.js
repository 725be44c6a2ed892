import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  cacheCommitCheck,
  guardWithBase
} from "./chunk-JYOXL2SX.js";
import "./chunk-7NFW6BCK.js";
import "./chunk-UIIJMTGK.js";
import "./chunk-OY743PQC.js";
import "./chunk-UGMGZRCV.js";
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
  cacheCommitCheck,
  guardWithBase
};
