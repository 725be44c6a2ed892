import { findingKey, type Finding, type Severity, type Span } from "../findings/finding.ts";
import type { JsonText } from "../json/parse.ts";
import type { Frame, Registry, RegistryDocument } from "../registry/document.ts";
import type { Segments } from "../util/walk.ts";

export const DOCS_BASE = "https://github.com/mova-registry/mova-registry#";

/** What a rule is, for the README's rule table, SARIF's rule list and `--format json`. */
export interface RuleMeta {
  /** Stable id, `family/name`; never reused for another meaning. */
  id: string;
  severity: Severity;
  /** One sentence: what the rule guards against. */
  description: string;
  /** Link to the rule's entry in the README. */
  docs: string;
}

export function ruleMeta(id: string, severity: Severity, description: string): RuleMeta {
  return { id, severity, description, docs: DOCS_BASE + "rule-" + id.replace(/[^a-z0-9]+/g, "-") };
}

/** Where a finding is: a file, and inside it a JSON Pointer or an explicit span. */
export interface Place {
  file: string;
  json?: JsonText | undefined;
  /** The document, instead of `json`: its content is read only if the sink does not know the span already (FindingSink.knowSpans). */
  doc?: RegistryDocument;
  pointer?: string;
  target?: "key" | "value";
  span?: Span;
}

export interface Problem extends Place {
  message: string;
  hint?: string | undefined;
  severity?: Severity;
}

/** Collects findings, turning pointers into line and column only for what is reported. */
export class FindingSink {
  readonly findings: Finding[] = [];
  #known: ReadonlyMap<string, Span> | undefined;

  /**
   * Spans already known, by findingKey: a pull request's check knows those of
   * the base's findings in files the change left as they were, and a rule
   * reporting in one by its document (`doc`) has it found there rather than
   * read again (at 100,000 documents, 1% of them broken, 230 files).
   */
  knowSpans(known: ReadonlyMap<string, Span>): void {
    this.#known = known;
  }

  report(rule: RuleMeta, problem: Problem): void {
    const known = problem.doc && this.#known?.get(findingKey({ rule: rule.id, file: problem.file, pointer: problem.pointer, message: problem.message }));
    const json = problem.json ?? (known ? undefined : problem.doc?.json);
    const span = problem.span ?? known ?? (json && problem.pointer !== undefined ? json.locate(problem.pointer, problem.target) : undefined);
    const start = span?.start ?? { line: 1, column: 1 };
    const end = span?.end ?? start;
    this.findings.push({
      rule: rule.id,
      severity: problem.severity ?? rule.severity,
      file: problem.file,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      message: problem.message,
      ...(problem.hint ? { hint: problem.hint } : {}),
      ...(problem.pointer !== undefined ? { pointer: problem.pointer } : {}),
    });
  }
}

/** What a registry rule sees: the whole registry, and where to report. */
export interface RuleContext {
  registry: Registry;
  sink: FindingSink;
}

/** Called with each string value of a document and where it stands (see forEachString: copy `at` to keep it). */
export type StringVisitor = (value: string, at: Segments) => void;

/** What a document rule sees besides its document: the frame (config, schemas, catalogs, packages), and where to report. */
export interface DocumentContext {
  frame: Frame;
  sink: FindingSink;
  /**
   * Asks for every string of the document (it must have parsed). Once every
   * rule's check has run, one walk of the document calls each rule's visitor
   * in turn (ESLint's listeners, for strings): a walk per rule cost as much
   * as what the visitors do.
   */
  onStrings(visit: StringVisitor): void;
}

/** A rule that judges one document at a time, so it can run on just the documents a change touches. */
export interface DocumentRule {
  meta: RuleMeta;
  checkDocument(doc: RegistryDocument, ctx: DocumentContext): void;
}

/** A rule that needs the whole registry at once (references, uniqueness, graphs across contracts). */
export interface RegistryRule {
  meta: RuleMeta;
  checkRegistry(ctx: RuleContext): void;
}

export type Rule = DocumentRule | RegistryRule;
