/**
 * Why a source refused to read a file without trying: a symbolic link (never
 * followed, wherever it points) or a file over the size limit (its size is
 * asked first, so it is never read whole).
 */
export class InputRefused extends Error {
  readonly rule: "input/symlink" | "input/too-large";
  readonly hint: string;

  constructor(rule: InputRefused["rule"], message: string, hint: string) {
    super(message);
    this.rule = rule;
    this.hint = hint;
  }
}

export function tooLarge(size: number, max: number): InputRefused {
  return new InputRefused("input/too-large", `the file is ${formatBytes(size)}, over the limit of ${formatBytes(max)}; it is not read`, "split it, or raise limits.max_file_bytes in mova.registry.json");
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${n} bytes`;
}
