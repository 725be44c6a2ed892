import { diffRegistries, formatCatalogDiffMarkdown, formatCatalogDiffText } from "../catalog/diff.ts";
import { mark } from "../util/timing.ts";
import type { GuardResult } from "../guard.ts";
import { flowDiagramsSection } from "./flow-diagrams.ts";

export interface PullRequestSections {
  /** Markdown sections under the findings: what merging changes in the catalog, and the flows the change draws. */
  sections: string[];
  /** The catalog diff as plain text, for a log. */
  catalogDiffText?: string;
}

/** What the pull-request comment and summary show beyond the findings; the CLI's markdown format shows the same. */
export function pullRequestSections(result: GuardResult, registryName: string): PullRequestSections {
  const sections: string[] = [];
  let catalogDiffText: string | undefined;
  if (result.base) {
    // The base and the head share every document the change left alone: only the rest is built into entries and compared.
    const diff = diffRegistries(result.base.result.registry, result.registry, result.base.comparison.schemas);
    mark("catalog diff built");
    sections.push(formatCatalogDiffMarkdown(diff));
    catalogDiffText = formatCatalogDiffText(diff);
  }
  // The flows the change adds or modifies, drawn with their changes marked.
  const diagrams = flowDiagramsSection(result);
  if (diagrams) sections.push(diagrams);
  return { sections, ...(catalogDiffText !== undefined ? { catalogDiffText } : {}) };
}
