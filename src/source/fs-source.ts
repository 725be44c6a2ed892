import fg from "fast-glob";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { RegistrySource } from "./source.ts";

/** A registry in a folder on disk. */
export class FsSource implements RegistrySource {
  readonly label = "working tree";
  readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  async list(patterns: readonly string[], ignore: readonly string[]): Promise<string[]> {
    // Many directory reads in flight keep the thread pool busy; fast-glob's default (one per core) leaves it waiting.
    const files = await fg([...patterns], { cwd: this.root, onlyFiles: true, dot: false, followSymbolicLinks: false, unique: true, ignore: [...ignore], concurrency: 64 });
    return files.sort();
  }

  read(path: string): Buffer | Error {
    try {
      return readFileSync(join(this.root, path));
    } catch (error) {
      return error as Error;
    }
  }

  exists(path: string): boolean {
    return existsSync(join(this.root, path));
  }
}
