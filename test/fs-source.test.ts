import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../src/check.ts";
import { CONFIG_FILE } from "../src/config/config.ts";
import { FsSource } from "../src/source/fs-source.ts";
import { makeRegistry } from "./support/tmp-registry.ts";

const runtime = (id: string) => ({ runtime_id: id, runtime_kind: "local_process" });

describe("listing a registry on disk", () => {
  it("lists a file that several patterns match once, sorted", async () => {
    const root = makeRegistry({ "runtimes/b.json": runtime("runtime.local_process.b_v1"), "runtimes/a/c.json": runtime("runtime.local_process.c_v1"), "x.json": {} });
    const listed = await new FsSource(root).list(["runtimes/**/*.json", "**/*.json", "runtimes/b.json"], []);
    expect(listed).toEqual(["runtimes/a/c.json", "runtimes/b.json", "x.json"]);
  });

  it("checks each document once when the config's folders overlap the files it always reads", async () => {
    // A folder "." lists every JSON file, the config among them, which discovery names on its own as well.
    const root = makeRegistry({
      [CONFIG_FILE]: { folders: { runtimes: ["."] } },
      "runtime.local_process.worker_v1.json": runtime("runtime.local_process.worker_v1"),
    });
    const { registry, findings } = await check(root, { concurrency: 1 });
    expect(registry.documents.map((d) => d.path)).toEqual([CONFIG_FILE, "runtime.local_process.worker_v1.json"]);
    expect(findings).toEqual([]);
  });
});

describe("reading a registry on disk", () => {
  it("reads the same bytes however the root is written: absolute, with a trailing slash, or relative", async () => {
    const root = makeRegistry({ "runtimes/a.json": runtime("runtime.local_process.a_v1") });
    const expected = JSON.stringify(runtime("runtime.local_process.a_v1"));
    const text = (source: FsSource, path = "runtimes/a.json") => {
      const bytes = source.read(path);
      return bytes instanceof Error ? bytes : JSON.stringify(JSON.parse(bytes.toString("utf8")));
    };
    expect(text(new FsSource(root))).toBe(expected);
    expect(text(new FsSource(root + "/"))).toBe(expected);
    expect(text(new FsSource(relative(process.cwd(), root)))).toBe(expected);
    expect(new FsSource("").exists(relative(process.cwd(), "package.json"))).toBe(true);
    expect(new FsSource(root + "/").exists("runtimes/a.json")).toBe(true);
    expect(new FsSource(root).exists("runtimes/b.json")).toBe(false);
    // A path with a ".." segment is never joined to the root, however it would resolve.
    expect(text(new FsSource(root + "/runtimes"), "../runtimes/a.json")).toBeInstanceOf(Error);
  });
});
