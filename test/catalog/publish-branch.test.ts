import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishToBranch } from "../../src/catalog/publish-branch.ts";
import { GitRepo } from "../support/git-repo.ts";

/** A bare remote and a clone of it, as a runner's checkout is. */
function remoteAndClone(): { remote: GitRepo; clone: GitRepo } {
  const remote = new GitRepo();
  remote.git("init", "-q", "--bare", "-b", "main");
  const seed = GitRepo.init();
  seed.commit({ "README.md": "x" }, "initial");
  seed.git("remote", "add", "origin", remote.dir);
  seed.git("push", "-q", "origin", "main");
  const clone = new GitRepo(join(remote.dir, "..", `${remote.dir.split("/").pop()}-clone`));
  new GitRepo(join(remote.dir, "..")).git("clone", "-q", remote.dir, clone.dir);
  return { remote, clone };
}

const files = (digest: string) => ({ "catalog.json": `{"d":"${digest}"}\n`, "index.json": JSON.stringify({ digest }) + "\n" });

describe("publishing to a branch of a real bare remote", () => {
  it("creates the branch, then pushes nothing while the digest stays the same", async () => {
    const { remote, clone } = remoteAndClone();
    const first = await publishToBranch({ repoDir: clone.dir, branch: "mova-catalog", files: files("sha256:a"), digest: "sha256:a", message: "publish a" });
    expect(first).toMatchObject({ changed: true, attempts: 1, reason: "created mova-catalog" });
    expect(remote.git("rev-parse", "refs/heads/mova-catalog")).toBe(first.commit);
    expect(remote.git("show", "mova-catalog:index.json")).toBe('{"digest":"sha256:a"}');
    expect(remote.git("log", "-1", "--format=%an <%ae>", "mova-catalog")).toBe("github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>");
    // The checkout's working tree and branch are untouched.
    expect(clone.git("status", "--porcelain")).toBe("");
    expect(clone.git("rev-parse", "--abbrev-ref", "HEAD")).toBe("main");

    const again = await publishToBranch({ repoDir: clone.dir, branch: "mova-catalog", files: files("sha256:a"), digest: "sha256:a", message: "publish a again" });
    expect(again).toMatchObject({ changed: false, commit: first.commit });
    expect(remote.git("rev-list", "--count", "mova-catalog")).toBe("1");

    const next = await publishToBranch({ repoDir: clone.dir, branch: "mova-catalog", files: files("sha256:b"), digest: "sha256:b", message: "publish b" });
    expect(next.changed).toBe(true);
    expect(remote.git("rev-parse", "mova-catalog^")).toBe(first.commit);
  });

  it("a push that loses a race is rebuilt on top of the other push, never forced", async () => {
    const { remote, clone } = remoteAndClone();
    await publishToBranch({ repoDir: clone.dir, branch: "mova-catalog", files: files("sha256:a"), digest: "sha256:a", message: "publish a" });
    const other = new GitRepo(`${clone.dir}-other`);
    new GitRepo(join(clone.dir, "..")).git("clone", "-q", remote.dir, other.dir);

    let raced = false;
    const outcome = await publishToBranch({
      repoDir: clone.dir,
      branch: "mova-catalog",
      files: files("sha256:c"),
      digest: "sha256:c",
      message: "publish c",
      beforePush: async () => {
        if (raced) return;
        raced = true;
        // Someone else publishes between our fetch and our push.
        await publishToBranch({ repoDir: other.dir, branch: "mova-catalog", files: files("sha256:b"), digest: "sha256:b", message: "publish b (other runner)" });
      },
    });
    expect(outcome).toMatchObject({ changed: true, attempts: 2 });
    expect(remote.git("log", "--format=%s", "mova-catalog")).toBe("publish c\npublish b (other runner)\npublish a");
    expect(remote.git("show", "mova-catalog:index.json")).toBe('{"digest":"sha256:c"}');
  });

  it("stops when the other push already published the same digest", async () => {
    const { remote, clone } = remoteAndClone();
    const other = new GitRepo(`${clone.dir}-other`);
    new GitRepo(join(clone.dir, "..")).git("clone", "-q", remote.dir, other.dir);
    const outcome = await publishToBranch({
      repoDir: clone.dir,
      branch: "mova-catalog",
      files: files("sha256:d"),
      digest: "sha256:d",
      message: "publish d",
      beforePush: async (attempt) => {
        if (attempt === 1) await publishToBranch({ repoDir: other.dir, branch: "mova-catalog", files: files("sha256:d"), digest: "sha256:d", message: "publish d (other runner)" });
      },
    });
    expect(outcome).toMatchObject({ changed: false, attempts: 2 });
    expect(remote.git("log", "--format=%s", "mova-catalog")).toBe("publish d (other runner)");
  });
});
