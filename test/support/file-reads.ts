import { vi } from "vitest";
import { FsSource } from "../../src/source/fs-source.ts";

/** Every file a FsSource reads from now on, by either of its two ways of reading (read, readBorrowed), until `restore`. */
export function watchFileReads(): { paths: () => string[]; clear: () => void; restore: () => void } {
  const spies = [vi.spyOn(FsSource.prototype, "read"), vi.spyOn(FsSource.prototype, "readBorrowed")];
  return {
    paths: () => spies.flatMap((s) => s.mock.calls.map(([path]) => path)),
    clear: () => spies.forEach((s) => s.mockClear()),
    restore: () => spies.forEach((s) => s.mockRestore()),
  };
}
