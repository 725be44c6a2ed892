/** RFC 6901 JSON Pointer helpers. */

export function escapeSegment(segment: string | number): string {
  if (typeof segment === "number") return String(segment);
  // Nearly every segment has neither character: no copy, no regular expression.
  return segment.includes("~") || segment.includes("/") ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment;
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => "/" + escapeSegment(s)).join("");
}

export function segmentsOf(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function appendPointer(pointer: string, segment: string | number): string {
  return pointer + "/" + escapeSegment(segment);
}

/** Reads the value at a pointer, or undefined when the path does not exist. */
export function valueAt(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const seg of segmentsOf(pointer)) {
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (node !== null && typeof node === "object" && Object.hasOwn(node, seg)) node = (node as Record<string, unknown>)[seg];
    else return undefined;
  }
  return node;
}
