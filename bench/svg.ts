import type { SizeResult } from "./run.ts";

const COLORS: Record<string, string> = {
  "parse floor": "#9aa0a6",
  "ajv-cli": "#e8710a",
  "mova-registry check": "#1a73e8",
  "mova-registry check, no compiled code": "#8ab4f8",
  "the action's guard, on a push": "#a142f4",
  "mova-registry catalog": "#12b5cb",
  "mova-registry check --base": "#1e8e3e",
  "mova-registry check --base --committed": "#34a853",
  "mova-registry check --base --committed --format markdown": "#188038",
  "mova-registry check --base, no cache": "#81c995",
};

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One panel per registry size, a bar per tool: wall time, with the floor as the yardstick. */
export function renderSvg(results: SizeResult[], machine: Record<string, string>): string {
  const width = 820;
  const barHeight = 18;
  const gap = 6;
  const left = 290;
  const right = 90;
  const panels = results.map((r) => ({ r, height: 34 + r.rows.length * (barHeight + gap) }));
  const height = 60 + panels.reduce((n, p) => n + p.height + 14, 0);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="-apple-system, Segoe UI, Helvetica, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="16" y="26" font-size="15" font-weight="600">mova-registry benchmark: wall time, median</text>`);
  out.push(`<text x="16" y="44" fill="#5f6368">${escape(`${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.date}`)}</text>`);
  let y = 60;
  for (const { r, height: h } of panels) {
    const max = Math.max(...r.rows.map((x) => x.median.wallMs));
    const floor = r.rows.find((x) => x.tool === "parse floor")!.median.wallMs;
    out.push(`<text x="16" y="${y + 18}" font-weight="600">${r.documents.toLocaleString("en")} documents</text>`);
    r.rows.forEach((x, i) => {
      const by = y + 30 + i * (barHeight + gap);
      const w = Math.max(1, ((width - left - right) * x.median.wallMs) / max);
      const label = x.median.wallMs >= 1000 ? `${(x.median.wallMs / 1000).toFixed(2)} s` : `${x.median.wallMs.toFixed(0)} ms`;
      out.push(`<text x="${left - 8}" y="${by + 13}" text-anchor="end">${escape(x.tool)}</text>`);
      out.push(`<rect x="${left}" y="${by}" width="${w.toFixed(1)}" height="${barHeight}" rx="2" fill="${COLORS[x.tool] ?? "#444"}"/>`);
      out.push(`<text x="${left + w + 6}" y="${by + 13}" fill="#202124">${label} · ${(x.median.wallMs / floor).toFixed(2)}×</text>`);
    });
    y += h + 14;
  }
  out.push("</svg>");
  return out.join("\n") + "\n";
}
