import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  cacheCommitCheck,
  guardWithBase
} from "./chunk-I3DNVKBL.js";
import "./chunk-7NFW6BCK.js";
import "./chunk-AMBZ2GK2.js";
import "./chunk-C6L7M4R6.js";
import "./chunk-UGMGZRCV.js";
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
  cacheCommitCheck,
  guardWithBase
};
