/** The site's one stylesheet and one small script: system fonts only, nothing fetched at view time. */

export const SITE_CSS = `:root {
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0; --link: #0969da;
  --ai: #8250df; --ai-bg: #fbefff; --det: #0969da; --det-bg: #ddf4ff; --gate: #9a6700; --gate-bg: #fff8c5;
  --call: #1a7f37; --call-bg: #dafbe1; --term: #59636e; --term-bg: #eaeef2; --bad: #cf222e; --bad-bg: #ffebe9;
  color-scheme: light;
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
header.top { background: #24292f; color: #fff; padding: 12px 24px; display: flex; gap: 16px; align-items: baseline; flex-wrap: wrap; }
header.top a { color: #fff; font-weight: 600; }
header.top .muted { color: #c9d1d9; }
main { max-width: 1180px; margin: 0 auto; padding: 20px 24px 48px; }
h1 { font-size: 24px; margin: 8px 0 4px; word-break: break-all; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 16px 0 6px; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; line-height: 20px; border: 1px solid var(--line); background: var(--panel); color: var(--muted); white-space: nowrap; }
.badge.kind { background: var(--det-bg); color: var(--det); border-color: transparent; }
.badge.layer { background: var(--call-bg); color: var(--call); border-color: transparent; }
.badge.status-completed { background: var(--call-bg); color: var(--call); }
.badge.status-failed, .badge.status-halted { background: var(--bad-bg); color: var(--bad); }
.badge.status-waiting, .badge.status-paused { background: var(--gate-bg); color: var(--gate); }
.filters { display: grid; grid-template-columns: minmax(220px, 2fr) repeat(3, minmax(140px, 1fr)); gap: 10px; margin: 12px 0; }
.filters input, .filters select { width: 100%; padding: 7px 10px; font: inherit; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.filters label { font-size: 12px; color: var(--muted); display: block; }
ul.entries { list-style: none; margin: 0; padding: 0; border: 1px solid var(--line); border-radius: 8px; }
ul.entries li { padding: 10px 14px; border-top: 1px solid var(--line); }
ul.entries li:first-child { border-top: 0; }
ul.entries li[hidden] { display: none; }
ul.entries .id { font-weight: 600; word-break: break-all; }
ul.entries .desc { color: var(--muted); font-size: 13px; margin-top: 2px; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.meta { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; margin: 4px 0; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
th { background: var(--panel); font-weight: 600; }
.refs { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
.refs ul { margin: 0; padding-left: 18px; }
.diagram { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; padding: 12px; background: var(--panel); }
.legend { display: flex; gap: 12px; flex-wrap: wrap; font-size: 12px; margin: 6px 0; }
.legend span::before { content: ""; display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -2px; border: 2px solid; border-radius: 3px; }
.legend .ai::before { border-color: var(--ai); background: var(--ai-bg); border-radius: 6px; }
.legend .det::before { border-color: var(--det); background: var(--det-bg); }
.legend .gate::before { border-color: var(--gate); background: var(--gate-bg); }
.legend .call::before { border-color: var(--call); background: var(--call-bg); }
.legend .term::before { border-color: var(--term); background: var(--term-bg); border-radius: 8px; }
svg.flow { max-width: 100%; height: auto; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg.flow .edge path { fill: none; stroke: #6e7781; stroke-width: 1.5; }
svg.flow .edge.member path { stroke-dasharray: 4 3; }
svg.flow .arrowhead { fill: #6e7781; }
svg.flow .edge-label-bg { fill: #ffffff; stroke: var(--line); }
svg.flow .edge-label { font-size: 11px; fill: var(--muted); }
svg.flow .node rect, svg.flow .node polygon, svg.flow .node line { stroke-width: 2; }
svg.flow .node .label { font-size: 13px; font-weight: 600; fill: var(--fg); }
svg.flow .node .sub { font-size: 11px; fill: var(--muted); }
svg.flow .mode-ai rect { fill: var(--ai-bg); stroke: var(--ai); }
svg.flow .mode-det rect, svg.flow .mode-other rect { fill: var(--det-bg); stroke: var(--det); }
svg.flow .mode-gate polygon { fill: var(--gate-bg); stroke: var(--gate); }
svg.flow .mode-call rect { fill: var(--call-bg); stroke: var(--call); }
svg.flow .mode-call line { stroke: var(--call); }
svg.flow .group rect { fill: #fff; stroke: var(--muted); stroke-dasharray: 5 3; }
svg.flow .terminal rect { fill: var(--term-bg); stroke: var(--term); }
svg.flow .missing rect { fill: var(--bad-bg); stroke: var(--bad); stroke-dasharray: 4 3; }
svg.flow .start circle { fill: var(--fg); }
dl.obj { margin: 0; display: grid; grid-template-columns: minmax(120px, max-content) 1fr; gap: 2px 12px; }
dl.obj > dt { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; color: var(--muted); }
dl.obj > dd { margin: 0; min-width: 0; }
dl.obj dl.obj { border-left: 2px solid var(--line); padding-left: 10px; }
ol.arr { margin: 0; padding-left: 22px; }
.v-s { white-space: pre-wrap; word-break: break-word; }
.v-n { color: #0550ae; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
details { margin: 6px 0; }
details > summary { cursor: pointer; }
details.run { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.panel { border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
footer { color: var(--muted); font-size: 12px; margin-top: 40px; }
@media (max-width: 760px) { .filters { grid-template-columns: 1fr; } .refs { grid-template-columns: 1fr; } }
`;

/**
 * Filters the index page's list: the query must match the id, title or
 * description (every word of it), and the kind, layer and owner must match
 * the selects. It only toggles `hidden` and sets text, never HTML.
 */
export const SITE_JS = `(function () {
  "use strict";
  var index = window.MOVA_SITE_INDEX;
  var list = document.getElementById("entries");
  if (!index || !list) return;
  var q = document.getElementById("q");
  var kind = document.getElementById("kind");
  var layer = document.getElementById("layer");
  var owner = document.getElementById("owner");
  var count = document.getElementById("count");
  var items = list.querySelectorAll("li[data-i]");
  var hay = index.map(function (e) { return (e.id + "\\n" + (e.title || "") + "\\n" + (e.description || "")).toLowerCase(); });
  function apply() {
    var words = q.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    for (var n = 0; n < items.length; n++) {
      var li = items[n];
      var i = Number(li.getAttribute("data-i"));
      var e = index[i];
      var ok = e !== undefined &&
        (!kind.value || e.kind === kind.value) &&
        (!layer.value || e.layer === layer.value) &&
        (!owner.value || (e.owner || "") === owner.value) &&
        words.every(function (w) { return hay[i].indexOf(w) >= 0; });
      li.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = shown + " of " + items.length + " shown";
  }
  [q, kind, layer, owner].forEach(function (el) { el.addEventListener("input", apply); el.addEventListener("change", apply); });
  var params = new URLSearchParams(location.search);
  if (params.get("q")) q.value = params.get("q");
  apply();
})();
`;
