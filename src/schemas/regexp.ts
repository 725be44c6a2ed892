import { RE2JS } from "re2js";
import type { RegExpEngine, RegExpLike } from "ajv/dist/types/index.js";
import { movaSchemas, toolSchemas } from "./builtin.ts";
import { RELEASES } from "./releases.ts";

/** A schema pattern the linear-time engine cannot run: it needs backtracking (lookaround, backreferences). */
export class UnsupportedPattern extends Error {
  readonly pattern: string;

  constructor(pattern: string, reason: string) {
    super(`pattern ${JSON.stringify(pattern)} cannot run in linear time: ${reason}`);
    this.pattern = pattern;
  }
}

let trusted: Set<string> | undefined;

/** Patterns of the schemas this tool ships, which may use lookahead: written here, not by a registry. */
function trustedPatterns(): Set<string> {
  if (trusted) return trusted;
  trusted = new Set();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object")
      for (const [k, x] of Object.entries(v)) {
        if (k === "pattern" && typeof x === "string") trusted!.add(x);
        if (k === "patternProperties" && x !== null && typeof x === "object") for (const p of Object.keys(x)) trusted!.add(p);
        walk(x);
      }
  };
  for (const release of RELEASES) walk(movaSchemas(release));
  walk(toolSchemas());
  return trusted;
}

function compile(pattern: string): RE2JS | Error {
  try {
    return RE2JS.compile(pattern);
  } catch (first) {
    try {
      // ECMAScript spellings RE2 writes otherwise, such as (?<name>...).
      return RE2JS.compile(RE2JS.translateRegExp(pattern));
    } catch {
      return first as Error;
    }
  }
}

/**
 * ajv's `code.regExp`: every `pattern` and `patternProperties` key of a
 * registry's schema runs on RE2 (re2js), whose matching time is linear in
 * the input, so `^(a+)+$` against "aaaa…!" cannot backtrack for ages. What
 * RE2 refuses is an UnsupportedPattern (a finding). The tool's own schemas'
 * patterns, which nobody else writes, run on V8's engine.
 */
export const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string, flags: string): RegExpLike => {
    // The tool's own patterns are written here and run on V8's engine, which is several times faster on every document.
    if (trustedPatterns().has(pattern)) return new RegExp(pattern, flags);
    const re = compile(pattern);
    if (!(re instanceof Error)) return { test: (s: string) => re.test(s), toString: () => `/${pattern}/${flags}` } as RegExpLike;
    throw new UnsupportedPattern(pattern, re.message.replace(/^error parsing regexp: /, ""));
  },
  { code: 'require("re2js").linearRegExp' },
);

/** A pattern tested in linear time, or undefined when RE2 cannot run it (for the tool's own comparisons of user patterns). */
export function linearTest(pattern: string): ((s: string) => boolean) | undefined {
  const re = compile(pattern);
  return re instanceof Error ? undefined : (s) => re.test(s);
}
