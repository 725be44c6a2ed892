import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import "./chunk-KPOE4I3O.js";

// action/src/artifact.ts
var githubArtifacts = {
  async upload(name, files, rootDirectory, retentionDays) {
    const { DefaultArtifactClient } = await import("./chunk-I26NW4CO.js");
    const response = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {});
    return { ...response.id !== void 0 ? { id: response.id } : {}, ...response.size !== void 0 ? { size: response.size } : {} };
  }
};
export {
  githubArtifacts
};
