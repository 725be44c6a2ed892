/** Where a registry's files come from: the working tree, or a commit. */
export interface RegistrySource {
  /** For messages: "working tree", "base 1a2b3c4". */
  readonly label: string;
  /** Files (relative to the registry root, forward slashes) matching the patterns and none of the ignores; sorted. */
  list(patterns: readonly string[], ignore: readonly string[]): Promise<string[]>;
  /**
   * The bytes of a file, or an Error saying why they cannot be read (an
   * InputRefused for a symbolic link or a file over `maxBytes`, which a source
   * should refuse before reading it).
   */
  read(path: string, maxBytes?: number): Buffer | Error;
  exists(path: string): boolean;
}
