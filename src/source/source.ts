/** Where a registry's files come from: the working tree, or a commit. */
export interface RegistrySource {
  /** For messages: "working tree", "base 1a2b3c4". */
  readonly label: string;
  /** Files (relative to the registry root, forward slashes) matching the patterns and none of the ignores; sorted. */
  list(patterns: readonly string[], ignore: readonly string[]): Promise<string[]>;
  /** The bytes of a file, or an Error saying why they cannot be read. */
  read(path: string): Buffer | Error;
  exists(path: string): boolean;
}
