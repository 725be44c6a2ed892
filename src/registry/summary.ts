import type { DocumentFacts } from "../catalog/facts.ts";
import type { Interner } from "../util/intern.ts";
import { RegistryDocument, type ClassifiedBy, type ContentReader } from "./document.ts";
import type { DocumentKind } from "./kinds.ts";
import { referencesOf, type RefKind, type Reference } from "./references.ts";

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

/** A document back from a worker or a cache: its summary, with the content to be read again if asked for. */
export function materialize(s: DocumentSummary, reader: ContentReader, strings: Interner): RegistryDocument {
  // A message brings a copy of every string: the few words every summary repeats (kinds, fields) and
  // the shared ids are kept once (at 100,000 documents, about 13 MB of copies otherwise).
  const intern = (x: string) => strings.intern(x);
  const doc = new RegistryDocument(s.path, undefined, reader);
  doc.release();
  doc.kind = intern(s.kind) as DocumentKind;
  doc.classifiedBy = intern(s.classifiedBy) as ClassifiedBy;
  if (s.id !== undefined) doc.id = s.id;
  if (s.schemaId !== undefined) doc.schemaId = s.schemaId;
  shareIds(doc, strings);
  if (s.packageDir !== undefined) doc.packageDir = intern(s.packageDir);
  if (s.facts !== undefined) doc.catalogFacts = s.facts;
  doc.references = s.refs.map(([pointer, kind, target, field]): Reference => ({ from: doc, pointer: intern(pointer), kind: intern(kind) as RefKind, target: intern(target), field: intern(field) }));
  return doc;
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
