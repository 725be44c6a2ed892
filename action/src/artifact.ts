/** Where the catalog goes as a workflow artifact: @actions/artifact in a run, a recorder in tests. */
export interface ArtifactUploader {
  upload(name: string, files: string[], rootDirectory: string, retentionDays: number | undefined): Promise<{ id?: number; size?: number }>;
}

/**
 * @actions/artifact needs the runner's ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_RESULTS_URL; it is loaded only when a catalog is uploaded, so the
 * guard path starts fast.
 */
export const githubArtifacts: ArtifactUploader = {
  async upload(name, files, rootDirectory, retentionDays) {
    const { DefaultArtifactClient } = await import("@actions/artifact");
    const response = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, retentionDays ? { retentionDays } : {});
    return { ...(response.id !== undefined ? { id: response.id } : {}), ...(response.size !== undefined ? { size: response.size } : {}) };
  },
};
