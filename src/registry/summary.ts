import type { DocumentFacts } from "../catalog/facts.ts";
import type { Interner } from "../util/intern.ts";
import type { ClassifiedBy, RegistryDocument } from "./document.ts";
import type { DocumentKind } from "./kinds.ts";
import { referencesOf, type RefKind } from "./references.ts";

/** A document as the cross-document rules see it. */
export interface DocumentSummary {
  path: string;
  kind: DocumentKind;
  classifiedBy: ClassifiedBy;
  id?: string;
  schemaId?: string;
  packageDir?: string;
  /** pointer, kind, target, field */
  refs: Array<[string, RefKind, string, string]>;
  /** A manifest known only by its schema_id: the frame must take it in. */
  manifest: boolean;
  /** What the catalog takes from it, when the check keeps that. */
  facts?: DocumentFacts;
}

/** What the cross-document rules need of a document, in a form that crosses threads and files. */
export function summarize(doc: RegistryDocument, manifest: boolean): DocumentSummary {
  const refs = doc.references ?? referencesOf(doc);
  const s: DocumentSummary = { path: doc.path, kind: doc.kind, classifiedBy: doc.classifiedBy, refs: refs.map((r) => [r.pointer, r.kind, r.target, r.field]), manifest };
  if (doc.id !== undefined) s.id = doc.id;
  if (doc.schemaId !== undefined) s.schemaId = doc.schemaId;
  if (doc.packageDir !== undefined) s.packageDir = doc.packageDir;
  if (doc.catalogFacts !== undefined) s.facts = doc.catalogFacts;
  return s;
}

/**
 * One copy of a document's schema id across the registry, and of its id
 * where the two are the same (an envelope's id is the type its schema_id
 * names, shared by thousands of envelopes).
 */
export function shareIds(doc: RegistryDocument, strings: Interner | undefined): void {
  if (strings && doc.schemaId) doc.schemaId = strings.intern(doc.schemaId);
  if (doc.id !== undefined && doc.id === doc.schemaId) doc.id = doc.schemaId;
}
