/** Where a registry's files come from: the working tree, or a commit. */
export interface RegistrySource {
  /** For messages: "working tree", "base 1a2b3c4". */
  readonly label: string;
  /** Files (relative to the registry root, forward slashes) matching the patterns and none of the ignores; sorted. */
  list(patterns: readonly string[], ignore: readonly string[]): Promise<string[]>;
  /**
   * Optional: what `list` gives for the patterns discovery makes of `walk`
   * with no excludes of the config's own, found by walking the folders
   * instead of matching every entry against patterns (see registry/discover.ts).
   */
  listJson?(walk: JsonWalk): string[];
  /**
   * The bytes of a file, or an Error saying why they cannot be read (an
   * InputRefused for a symbolic link or a file over `maxBytes`, which a source
   * should refuse before reading it).
   */
  read(path: string, maxBytes?: number): Buffer | Error;
  /**
   * Optional: `read` without the copy, for a caller that is done with the
   * bytes before it reads again (the next read overwrites them). It may take
   * a short read for the file's end, as a regular file's read comes back
   * short only there: a caller that finds the text cut short (it does not
   * parse) reads it again with `read`. A file over `maxBytes` is refused
   * after at most `maxBytes` + 1 bytes.
   */
  readBorrowed?(path: string, maxBytes?: number): Buffer | Error;
  exists(path: string): boolean;
}

/** The files discovery asks for, by folder rather than by pattern. */
export interface JsonWalk {
  /** Folders whose .json files, at any depth, are listed ("." for the root). */
  folders: readonly string[];
  /** Files listed if they are there. */
  files: readonly string[];
  /** Names of files directly in the root that are listed. */
  rootNames: RegExp;
  /** Told how many files are listed so far, after each folder: a large registry can start its threads before the listing ends. */
  listed?: (count: number) => void;
}
