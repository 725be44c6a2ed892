import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

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

/** What a write cut short (a process killed between writing and renaming) left behind, once it is this old. */
export const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** writeAtomically's temporary file (`<file>.<pid>.tmp`) of the file named by the first group. */
const TEMPORARY = /^(.+)\.\d+\.tmp$/;

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
 * Drops all but the `keep` newest of this user's files beside `written` (the
 * file just written, kept whatever the clock says of the others) that `kin`
 * names, as each write adds one (a new build, a changed schema): a folder a
 * CI cache carries from job to job does not grow with every upgrade. So go
 * the temporary files of such files that writes cut short left an hour ago
 * or more. Files of other users and of other kinds are left, as is a file
 * that cannot be looked at or removed.
 */
export function pruneKept(written: string, kin: (name: string) => boolean, keep: number, now = Date.now()): void {
  const dir = dirname(written);
  const own = basename(written);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const uid = process.getuid?.();
  const others: Array<{ name: string; time: number }> = [];
  for (const name of names) {
    const temporary = TEMPORARY.exec(name);
    if (temporary ? !kin(temporary[1]!) : name === own || !kin(name)) continue;
    try {
      const stat = statSync(join(dir, name));
      if (uid !== undefined && stat.uid !== uid) continue;
      if (!temporary) others.push({ name, time: stat.mtimeMs });
      else if (now - stat.mtimeMs >= STALE_TEMPORARY_MS) removeQuietly(join(dir, name));
    } catch {
      // Removed meanwhile, by another run pruning.
    }
  }
  others.sort((a, b) => b.time - a.time);
  for (const { name } of others.slice(Math.max(keep - 1, 0))) removeQuietly(join(dir, name));
}

/** Removes a file if it can: one another process removed first, or that is not ours to remove, is left. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Left.
  }
}
