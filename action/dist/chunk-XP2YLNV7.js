import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  cacheCommitCheck,
  guardWithBase
} from "./chunk-KOUDMYY5.js";
import "./chunk-QOYNWQQJ.js";
import "./chunk-QC32CDK4.js";
import "./chunk-L6YZGQIE.js";
import "./chunk-UGMGZRCV.js";
import "./chunk-JFYR2ZYG.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-HEL74Q4S.js";
import "./chunk-OSAJ7EFF.js";
import "./chunk-KPOE4I3O.js";
export {
  cacheCommitCheck,
  guardWithBase
};
