import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * Files of compiled code the tool keeps for itself (V8's code cache, the
 * registry's compiled schemas), in folders that may be shared: only this
 * user's are read, and each is written whole or not at all.
 */

/** A file this user owns, or undefined: compiled code another user left in a shared folder is never run. */
export function readOwnFile(file: string): Buffer | undefined {
  try {
    const uid = process.getuid?.();
    if (uid !== undefined && statSync(file).uid !== uid) return undefined;
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes a temporary file and renames it: a process reading the file
 * meanwhile sees the old one or the new, never half. The folder is made
 * for this user alone. A file that cannot be written is only a speed-up
 * lost: the run goes on as it was.
 */
export function writeAtomically(file: string, data: () => string | Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temp, data(), { mode: 0o600 });
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}

/**
 * Drops all but the `keep` newest of this user's files in `dir` that `kin`
 * names (as each write adds one: a new build, a changed schema), so a folder
 * a CI cache carries from job to job does not grow with every upgrade. Files
 * of other users, and of other kinds, are left as they are; a folder that
 * cannot be read or pruned is left for the next write.
 */
export function pruneKept(dir: string, kin: (name: string) => boolean, keep: number): void {
  try {
    const uid = process.getuid?.();
    const kept: Array<{ name: string; time: number }> = [];
    for (const name of readdirSync(dir)) {
      if (!kin(name)) continue;
      const stat = statSync(join(dir, name));
      if (uid === undefined || stat.uid === uid) kept.push({ name, time: stat.mtimeMs });
    }
    kept.sort((a, b) => b.time - a.time);
    for (const { name } of kept.slice(keep)) rmSync(join(dir, name), { force: true });
  } catch {
    // Another run pruning at the same time, or no folder: the next write prunes.
  }
}
