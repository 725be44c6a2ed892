import type { PackagePlan } from "../registry/classify.ts";
import type { DocumentColumns } from "../registry/columns.ts";
import { NUMBER_COLUMNS } from "../registry/columns.ts";
import { allWithin } from "../util/column-checks.ts";
import { columnsHeaderEnd, encodeColumnsFile, readColumnsBody, readColumnsHeader, type ColumnsFileHeader } from "../util/columns-file.ts";

/**
 * A cache as bytes: a file of columns (util/columns-file.ts) whose header
 * holds the stamps, findings and small parts, whose columns are the
 * documents' and the package plans', and whose strings are theirs.
 */
export const CACHE_FILE_FORMAT = "mova-registry-check-cache/8";

/** The part of a cache kept as JSON, with what the sections after it hold. */
export type CacheHeader = ColumnsFileHeader;

/** Plans as columns of string numbers (-1 for none), system as 0 or 1. */
const PLAN_COLUMNS = ["dir", "manifest", "id", "flow", "envelope", "system"] as const;

const COLUMNS = [...NUMBER_COLUMNS, ...PLAN_COLUMNS.map((k) => `plan.${k}`)];

/** What a cache holds besides its header: the documents' columns, their strings and the package plans. */
export interface CacheBody {
  documents: DocumentColumns;
  plans: PackagePlan[];
}

/**
 * The bytes of a cache: `header` as JSON (any JSON-safe fields), then the
 * documents' columns, the plans and the strings. Plans' strings join the
 * documents' (a plan's manifest and folder are mostly paths already there).
 */
export function encodeCache(header: Record<string, unknown>, body: CacheBody, chunkUnits?: number): Buffer[] {
  const { documents } = body;
  const strings = documents.strings.slice();
  let index: Map<string, number> | undefined;
  const number = (s: string | undefined) => {
    if (s === undefined) return -1;
    index ??= new Map(strings.map((w, i) => [w, i]));
    let n = index.get(s);
    if (n === undefined) index.set(s, (n = strings.push(s) - 1));
    return n;
  };
  const plans = Object.fromEntries(PLAN_COLUMNS.map((k) => [k, new Int32Array(body.plans.length)]));
  body.plans.forEach((p, i) => {
    for (const k of ["dir", "manifest", "id", "flow", "envelope"] as const) plans[k]![i] = number(p[k]);
    plans.system![i] = p.system ? 1 : 0;
  });
  const columns: Array<[string, Int32Array]> = [
    ...NUMBER_COLUMNS.map((k): [string, Int32Array] => [k, Int32Array.from(documents[k])]),
    ...PLAN_COLUMNS.map((k): [string, Int32Array] => [`plan.${k}`, plans[k]!]),
  ];
  return encodeColumnsFile(CACHE_FILE_FORMAT, header, columns, strings, chunkUnits);
}

/** Where a cache's header ends, from its first bytes (its format's line and the header's length); undefined when they are not a cache of this format. */
export function headerEnd(bytes: Buffer): number | undefined {
  return columnsHeaderEnd(CACHE_FILE_FORMAT, bytes);
}

/** The header of a cache's bytes, or undefined when they are not a cache of this format. */
export function cacheHeader(bytes: Buffer): { header: CacheHeader; end: number } | undefined {
  return readColumnsHeader(CACHE_FILE_FORMAT, bytes);
}

/**
 * The documents' columns and plans after a header: undefined when the
 * sections do not add up to the file, or a number points outside the
 * strings (a damaged file is not taken apart wrongly).
 */
export function cacheBody(bytes: Buffer, header: CacheHeader, end: number): CacheBody | undefined {
  const body = readColumnsBody(bytes, header, end, COLUMNS);
  if (!body) return undefined;
  const { read, strings } = body;
  const documents = { strings, ...Object.fromEntries(NUMBER_COLUMNS.map((k) => [k, read[k]!])) } as unknown as DocumentColumns;
  const plans = plansOf(read, strings);
  return plans && { documents, plans };
}

function plansOf(read: Record<string, Int32Array>, strings: readonly string[]): PackagePlan[] | undefined {
  const c = (k: (typeof PLAN_COLUMNS)[number]) => read[`plan.${k}`]!;
  const count = c("dir").length;
  if (!PLAN_COLUMNS.every((k) => c(k).length === count)) return undefined;
  if (!allWithin(c("dir"), 0, strings.length) || !allWithin(c("manifest"), 0, strings.length) || !allWithin(c("system"), 0, 2)) return undefined;
  if (!["id", "flow", "envelope"].every((k) => allWithin(c(k as "id"), -1, strings.length))) return undefined;
  const plans = new Array<PackagePlan>(count);
  for (let i = 0; i < count; i++) {
    const plan: PackagePlan = { dir: strings[c("dir")[i]!]!, manifest: strings[c("manifest")[i]!]!, system: c("system")[i] === 1 };
    for (const k of ["id", "flow", "envelope"] as const) if (c(k)[i]! >= 0) plan[k] = strings[c(k)[i]!]!;
    plans[i] = plan;
  }
  return plans;
}
