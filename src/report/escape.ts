/**
 * Characters no report prints raw, and no id may hold (rules/control-characters.ts): C0 and C1
 * controls (NUL, ESC, CR, LF...), DEL, line separators and bidirectional overrides.
 */
// eslint-disable-next-line no-control-regex
export const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, "g");

/**
 * Text from the registry (paths, ids, messages quoting values) as it may be
 * printed: each unprintable character becomes its `\uXXXX` escape, so a
 * hostile id can neither drive the terminal (ANSI escapes), forge lines of
 * a report or workflow commands, nor reorder what a reviewer reads.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
