/**
 * Everything a page prints from the registry goes through these: ids, titles,
 * descriptions, JSON values, outcomes and labels are untrusted text, so an id
 * like `<img src=x onerror=alert(1)>` is shown, never run.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };

/** Text for element content and quoted attribute values alike. */
export function esc(text: unknown): string {
  return String(text ?? "").replace(/[&<>"'`]/g, (c) => ENTITIES[c]!);
}

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export function raw(value: string): Html {
  return new Html(value);
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v) + strings[i + 1]!;
  });
  return new Html(out);
}

function render(v: unknown): string {
  if (v instanceof Html) return v.value;
  if (Array.isArray(v)) return v.map(render).join("");
  if (v === undefined || v === null || v === false) return "";
  return esc(v);
}

/**
 * JSON to embed in a script: `<`, `>`, `&` and the line separators JavaScript
 * parses differently are `\uXXXX` escapes, so no value can close the script
 * element or break out of the literal.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
