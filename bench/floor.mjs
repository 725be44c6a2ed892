// The parse floor: list every JSON file of a registry, read it and JSON.parse it. Nothing else.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2];
let files = 0;
let bytes = 0;
let invalid = 0;
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".json")) continue;
  const text = readFileSync(join(entry.parentPath, entry.name), "utf8");
  bytes += text.length;
  files++;
  try {
    JSON.parse(text);
  } catch {
    invalid++;
  }
}
console.log(`${files} files, ${bytes} bytes, ${invalid} not JSON`);
