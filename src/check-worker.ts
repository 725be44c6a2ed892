// A worker thread of `check`: checks the batches of documents the main thread sends (see registry/parallel.ts).
import { serveDocuments } from "./registry/parallel.ts";
import { runDocumentRules } from "./rules/index.ts";

await serveDocuments(runDocumentRules);
