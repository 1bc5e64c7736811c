/**
 * The styles shared by the team report and the promotion packet: colours as variables, a dark palette for
 * `prefers-color-scheme: dark`, and print rules (the light palette, colours kept, no split rows or charts).
 */
const LIGHT = `
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d0d7de; --panel: #f6f8fa;
  --met: #1a7f37; --met-bg: #c9ecd3; --gap: #cf222e; --gap-bg: #ffd7d2; --unknown: #9a6700; --unknown-bg: #fbefc4;
  --waived: #0969da; --waived-bg: #d6e8ff; --none-bg: #eaeef2; --accent: #0969da;`;

const DARK = `
  --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #161b22;
  --met: #3fb950; --met-bg: #1d4428; --gap: #f85149; --gap-bg: #5d1f1c; --unknown: #d29922; --unknown-bg: #4b3a0d;
  --waived: #58a6ff; --waived-bg: #143055; --none-bg: #262c36; --accent: #58a6ff;`;

export const BASE_CSS = `:root {${LIGHT}
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) { :root {${DARK} } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 24px 28px 48px; background: var(--bg); color: var(--fg);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.75rem; margin: 0 0 4px; line-height: 1.25; }
h2 { font-size: 1.3rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 22px 0 8px; }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel); padding: 0 4px; border-radius: 4px; overflow-wrap: anywhere; }
.muted { color: var(--muted); }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: var(--muted); margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 12px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--border); overflow-wrap: anywhere; }
th { font-weight: 600; color: var(--muted); font-size: 0.85rem; }
thead th { overflow-wrap: normal; }
tbody th { color: var(--fg); font-size: inherit; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.facts { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 10px 0 0; padding: 0; }
.facts div { min-width: 120px; }
.facts dt { font-size: 0.75rem; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; }
.facts dd { margin: 0; font-weight: 600; }
.chip { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 0.85rem; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.chip.eligible, .chip.met { background: var(--met-bg); color: var(--fg); border-color: var(--met); }
.chip.not-yet, .chip.gap, .chip.unmet { background: var(--gap-bg); color: var(--fg); border-color: var(--gap); }
.chip.incomplete, .chip.unknown, .chip.unrated { background: var(--unknown-bg); color: var(--fg); border-color: var(--unknown); }
.chip.waived { background: var(--waived-bg); color: var(--fg); border-color: var(--waived); }
.chip.flag { background: var(--unknown-bg); color: var(--fg); border-color: var(--unknown); }
.notice { padding: 8px 12px; border-left: 4px solid var(--unknown); background: var(--panel); margin: 12px 0; }
.chart { overflow-x: auto; margin: 8px 0 16px; }
.chart svg { display: block; max-width: none; }
svg text { fill: var(--fg); font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
svg .axis-label { fill: var(--muted); }
svg .met { fill: var(--met-bg); stroke: var(--met); }
svg .gap { fill: var(--gap-bg); stroke: var(--gap); }
svg .unrated { fill: var(--unknown-bg); stroke: var(--unknown); stroke-dasharray: 3 2; }
svg .none { fill: var(--none-bg); stroke: var(--border); }
svg .bar-eligible { fill: var(--met); }
svg .bar-incomplete { fill: var(--unknown); }
svg .bar-not-yet { fill: var(--gap); }
svg .track { fill: var(--none-bg); }
footer { margin-top: 40px; font-size: 0.85rem; color: var(--muted); border-top: 1px solid var(--border); padding-top: 10px; }
footer h2 { color: var(--fg); font-size: 1.1rem; border: 0; margin-top: 8px; }
@media print {
  :root {${LIGHT} }
  html, body { background: #fff; color: #000; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3 { break-after: avoid-page; }
  tr, .chart, figure, .keep { break-inside: avoid-page; }
  .chart { overflow: visible; }
  .page-break { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 16mm 14mm; }
`;
