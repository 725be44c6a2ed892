import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  runDocumentRules,
  serveDocuments
} from "./chunk-JFYR2ZYG.js";
import "./chunk-ZE2ONDKC.js";
import "./chunk-HEL74Q4S.js";
import "./chunk-OSAJ7EFF.js";
import "./chunk-KPOE4I3O.js";

// src/check-worker.ts
await serveDocuments(runDocumentRules);
