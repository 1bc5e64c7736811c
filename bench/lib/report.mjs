// Turns the results into Markdown tables (printed, and written between markers in docs/benchmarks.md).

const fmt = (value, digits) => {
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  if (typeof value !== 'number') return String(value);
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
};

const ms = (stats) => (stats ? `${fmt(stats.median)} / ${fmt(stats.p95)}` : '–');
const ratio = (a, b) => (a !== undefined && b ? `${fmt(a / b, 3)}×` : '–');

/** A Markdown table: the first column (and any header ending in "note") left-aligned, the others right. */
function table(header, rows) {
  const left = (h, i) => i === 0 || /note$/i.test(h);
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((h, i) => (left(h, i) ? '---' : '---:')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

export function machineLine(machine) {
  return `${machine.cpu}, ${machine.cores} cores, ${fmt(machine.memoryGb, 0)} GB memory, Node ${machine.node} on ${machine.platform}; load average ${machine.loadBefore.map((l) => fmt(l, 1)).join(' ')} at the start, ${machine.loadAfter ? machine.loadAfter.map((l) => fmt(l, 1)).join(' ') : '–'} at the end`;
}

function sizeSection(size) {
  const { ours = {}, yaml = {}, core } = size;
  const title = `### One ladder of ${fmt(size.lines, 0)} lines (${fmt(core?.bytes / 1024, 0)} KB)`;
  const row = (label, a, b, note = '') => [label, ms(a), ms(b), ratio(a?.median, b?.median), note];
  const items = (a, b) => `${a?.items ?? '–'} vs ${b?.items ?? '–'} items`;
  const rows = [
    [
      'open → first diagnostics (first open)',
      fmt(ours.firstOpen),
      fmt(yaml.firstOpen),
      ratio(ours.firstOpen, yaml.firstOpen),
      '',
    ],
    row('open → first diagnostics', ours.open, yaml.open),
    row(
      'edit → diagnostics (debounce included)',
      ours.edit,
      yaml.edit,
      `debounce ${core?.bytes !== undefined && core.bytes <= 120_000 ? 20 : 40} ms vs 200 ms; server CPU per edit ${fmt(ours.editCpuMs, 0)} vs ${fmt(yaml.editCpuMs, 0)} ms`,
    ),
    row('completion: level keys', ours.completion, yaml.completion, items(ours.completion, yaml.completion)),
    row(
      'completion: expectation value',
      ours.completionValue,
      yaml.completionValue,
      items(ours.completionValue, yaml.completionValue),
    ),
    row('hover: competency id', ours.hover, yaml.hover, items(ours.hover, yaml.hover)),
    row('definition: competency id', ours.definition, yaml.definition, items(ours.definition, yaml.definition)),
    row('document symbols', ours.symbols, yaml.symbols, items(ours.symbols, yaml.symbols)),
    ['`ladder/score` request', ms(ours.score), 'no peer', '', ''],
    [
      'server RSS after the scenario (MB)',
      fmt(ours.memory?.rssMb, 0),
      fmt(yaml.memory?.rssMb, 0),
      '',
      `peak ${fmt(ours.memory?.peakRssMb, 0)} vs ${fmt(yaml.memory?.peakRssMb, 0)}`,
    ],
  ];
  if (ours.indexMs !== undefined)
    rows.push(['folder indexed (ladder, catalogue, 3 assessments)', fmt(ours.indexMs), 'no peer', '', '']);
  let out = `${title}\n\nMilliseconds, median / p95 over the iterations (client-side round trip over stdio).\n\n${table(['Measure', 'Career Ladder', 'yaml-language-server', 'ratio', 'note'], rows)}`;
  for (const [key, label] of [
    ['ours', 'Career Ladder'],
    ['yaml', 'yaml-language-server'],
  ]) {
    if (size[key]?.error) out += `\n\n**${label} failed:** ${size[key].error}`;
  }
  return out;
}

function coreSection(sizes) {
  const both = (stats) => (stats ? `${fmt(stats.median)} (${fmt(stats.cpu?.median)})` : '–');
  const rows = sizes
    .filter((s) => s.core)
    .map((s) => {
      const c = s.core;
      return [
        fmt(s.lines, 0),
        both(c.parseDocument),
        both(c.analyzeFile),
        both(c.phases?.parseYaml),
        both(c.phases?.toPlain),
        both(c.phases?.validateSchema),
        both(c.rediagnose),
        `${ratio(c.rediagnose?.cpu?.median, c.parseDocument?.cpu?.median)} (wall ${ratio(c.rediagnose?.median, c.parseDocument?.median)})`,
      ];
    });
  return `### The core in process\n\nMedian milliseconds, wall-clock (and process CPU time, which on a busy machine is the steadier one). \`parseDocument\` is yaml's \`parseDocument\` with a \`LineCounter\`, the position-aware parse every YAML server pays. \`analyzeFile\` parses, converts, validates against the schema and builds the model; three of its phases are timed separately. "Re-diagnose" is what the server does for an edited open ladder after the debounce: \`setOpenDocument\` + \`diagnostics\` (analysis, include resolution and semantic checks).\n\n${table(['lines', 'parseDocument + LineCounter', 'analyzeFile', '…parseYaml', '…toPlain', '…validateSchema', 're-diagnose an edit', 're-diagnose ÷ parseDocument, CPU'], rows)}`;
}

function webWorkerSection(sizes) {
  const measured = sizes.filter((s) => s.web);
  if (measured.length === 0) return '';
  const step = (s, key) =>
    s.web.error ? '–' : `${ms(s.web[key])} (${ratio(s.web[key]?.median, s.ours?.[key]?.median)})`;
  const rows = measured.map((s) => [
    fmt(s.lines, 0),
    step(s, 'open'),
    step(s, 'edit'),
    step(s, 'completion'),
    step(s, 'hover'),
    s.web.error ? `not measured: ${s.web.error}` : '',
  ]);
  return `### The web worker server (VS Code for the Web)\n\nThe language server of VS Code for the Web (dist/browserServer.js) in a web worker of headless Chromium, on each ladder scenario above: the page plays the language client, serves the folder as a virtual workspace through the server's file requests, and times each step with its own clock. Median / p95 ms, and in brackets the ratio to the Node server's median over stdio.\n\n${table(['lines', 'open → diagnostics', 'edit → diagnostics', 'completion', 'hover', 'note'], rows)}`;
}

function workspaceSection(workspaces) {
  const rows = workspaces.map((w) => [
    fmt(w.assessments, 0),
    fmt(w.files, 0),
    fmt(w.indexMs),
    fmt(w.indexCpuMs, 0),
    fmt(w.memoryAfterIndex?.rssMb, 0),
    fmt(w.openLadderDependents),
    fmt(w.dependents, 0),
    ms(w.ladderEdit),
    fmt(w.ladderEditCpuMs, 0),
    ms(w.ladderEditSelf),
    ms(w.score),
    fmt(w.memory?.peakRssMb, 0),
  ]);
  let out = `### Workspaces (Career Ladder only: yaml-language-server does not index a workspace)\n\nFive ladders (2,500, 2,500, 400, 400 and 1,200 lines), the catalogue, and the assessments in team folders; half the assessments use the first ladder, which is the one edited. Milliseconds; median / p95 where repeated.\n\n${table(['assessments', 'files', 'indexed: initialize → every file diagnosed', 'server CPU to index', 'RSS after indexing (MB)', 'open ladder → dependents diagnosed', 'dependents', 'ladder edit → every dependent re-diagnosed', 'server CPU per ladder edit', 'ladder edit → the ladder itself', '`ladder/score`', 'peak RSS (MB)'], rows)}`;
  for (const w of workspaces) if (w.error) out += `\n\n**${w.assessments} assessments failed:** ${w.error}`;
  return out;
}

function calibrationSection(calibration) {
  if (!calibration) return '';
  const rows = [
    ['`ladder/calibration` of the assessment, right after an edit of one of its ratings', ms(calibration.calibration)],
    ['server CPU per edit + request', fmt(calibration.calibrationCpuMs, 0)],
    ['edit of one review → its diagnostics (debounce included)', ms(calibration.reviewEdit)],
    ['server RSS after the scenario (MB)', fmt(calibration.memory?.rssMb, 0)],
  ];
  let out = `### Calibration: one assessment and its reviews\n\nOne assessment and ${fmt(calibration.reviews, 0)} reviews of it (each rating 10–20 competencies) against a ladder of ${fmt(calibration.lines, 0)} lines; the report covers ${fmt(calibration.competencies, 0)} competencies. Milliseconds, median / p95.\n\n${table(['Measure', 'Career Ladder'], rows)}`;
  if (calibration.error) out += `\n\n**Calibration failed:** ${calibration.error}`;
  return out;
}

function burstSection(sizes) {
  const rows = [];
  for (const size of sizes) {
    for (const [key, label] of [
      ['ours', 'Career Ladder'],
      ['yaml', 'yaml-language-server'],
    ]) {
      const b = size[key]?.burst;
      if (!b) continue;
      rows.push([
        `${fmt(size.lines, 0)} lines, ${label}`,
        `${b.edits} edits, ${b.gapMs} ms apart`,
        fmt(b.publications, 0),
        fmt(b.lastEditToDiagnostics),
        fmt(b.completion?.median),
        fmt(b.completion?.max),
        fmt(b.typedLineItems, 0),
        fmt(b.cpuMs, 0),
        fmt(b.longestBlockMs),
        fmt(b.declinedEdit?.longestBlockMs),
      ]);
    }
  }
  if (rows.length === 0) return '';
  return `### Typing on a huge ladder\n\nKeystrokes on one level, each followed at once by two completion requests (as an editor does while typing): one just after the typed character, one on a blank line elsewhere in the level. Items on the typed line: the fewest completions answered there (0 would mean the server answers nothing where the user types). Publications: how many times diagnostics for the file were published during the burst (one per keystroke means no older validation was cancelled). Longest block: the longest wait for an answer to a probe request sent every 5 ms, from the first keystroke until the last one's diagnostics (bench/lib/blockProbe.mjs); then the same while a comment that ends the file (an edit re-analysed in full) is typed and removed.\n\n${table(['file, server', 'burst', 'publications', 'last edit → its diagnostics (ms)', 'completion while typing, median (ms)', 'max (ms)', 'items on the typed line (min)', 'server CPU (ms)', 'longest block, typing (ms)', 'longest block, full analysis (ms)'], rows)}`;
}

function toolsSection(results) {
  const rows = [];
  const { cli, extension } = results;
  if (cli?.check)
    rows.push([
      `\`ladder check\` over ${fmt(cli.check.files, 0)} files (${fmt(cli.check.assessments, 0)} assessments)`,
      `${ms(cli.check.stats)} ms, CPU ${ms(cli.check.cpu)} ms (exit ${cli.check.exitCode})`,
    ]);
  if (cli?.ajv?.stats)
    rows.push([
      `ajv-cli ${cli.ajv.version} over the same ${fmt(cli.check.assessments, 0)} assessments, schema only (\`${cli.ajv.command}\`; run alternately with \`ladder check\`)`,
      `${ms(cli.ajv.stats)} ms, CPU ${ms(cli.ajv.cpu)} ms (exit ${cli.ajv.exitCode}); \`ladder check\` ÷ ajv-cli ${fmt(cli.ajv.ratio?.median, 2)}× (median of ${cli.ajv.rounds} rounds)`,
    ]);
  else if (cli?.ajv?.error) rows.push(['ajv-cli', `not run: ${cli.ajv.error}`]);
  if (cli?.score)
    rows.push([
      '`ladder score` one assessment in that workspace',
      `${ms(cli.score.stats)} ms, CPU ${ms(cli.score.cpu)} ms (exit ${cli.score.exitCode})`,
    ]);
  for (const format of ['json', 'html']) {
    const team = results.team?.[format];
    if (team?.stats)
      rows.push([
        `\`ladder team --format ${format}\` over the ${fmt(results.team.assessments, 0)} assessments`,
        `${ms(team.stats)} ms, CPU ${ms(team.cpu)} ms (exit ${team.exitCode})`,
      ]);
  }
  if (extension?.activation)
    rows.push([
      `extension load time (${extension.activationLabel})`,
      `${ms(extension.activation)} ms, CPU ${ms(extension.activationCpu)} ms`,
    ]);
  for (const [name, bytes] of Object.entries(extension?.bundles ?? {}))
    rows.push([`${extension.bundlesLabel}: ${name}`, `${fmt(bytes / 1024, 0)} KB`]);
  if (extension?.web)
    rows.push([
      `web build, VS Code for the Web (${extension.web.label}): ${Object.keys(extension.web.files).join(' + ')}`,
      `${fmt(extension.web.bytes / 1024, 0)} KB (gzip ${fmt(extension.web.gzipBytes / 1024, 0)} KB)`,
    ]);
  if (extension?.vsixBytes !== undefined)
    rows.push(['.vsix (`npm run package`)', `${fmt(extension.vsixBytes / 1024, 0)} KB`]);
  if (extension?.packageError) rows.push(['.vsix', `not built: ${extension.packageError}`]);
  if (rows.length === 0) return '';
  return `### Command line and extension\n\nWall-clock milliseconds of a fresh process, median / p95.\n\n${table(['Measure', 'Result'], rows).replace('|---|---:|', '|---|---|')}`;
}

export function budgetTable(budgets) {
  const rows = budgets.map((b) => [
    b.name,
    b.measured,
    b.limit,
    b.pass === undefined ? 'n/a' : b.pass ? 'PASS' : '**FAIL**',
  ]);
  return table(['Budget', 'Measured', 'Limit', 'Verdict'], rows).replace('|---|---:|---:|---:|', '|---|---|---|---|');
}

export function renderResults(results) {
  const parts = [
    '## Results of the last run',
    `Run of ${results.date}${results.quick ? ' (quick smoke run)' : ''}${results.source ? ` on commit ${results.source.commit}${results.source.uncommittedFiles ? ` with ${results.source.uncommittedFiles} uncommitted file(s) in the product` : ''}` : ''}: ${machineLine(results.machine)}. The whole run took ${fmt(results.durationS, 0)} s.${results.built ? ` It measured the ${results.built === 'production bundles' ? 'production bundles (minified, as the .vsix and the npm package ship them)' : results.built}.` : ''}${results.serverArgs?.length ? ` The Career Ladder server ran with the Node options \`${results.serverArgs.join(' ')}\`.` : ''}${results.yamlServer?.version ? ` The editor peer was yaml-language-server ${results.yamlServer.version}${results.yamlServer.note ? ` (${results.yamlServer.note})` : ''}.` : ''}${results.yamlServer?.error ? ` The editor peer was not measured: ${results.yamlServer.error}.` : ''}`,
    `### Budgets\n\n${budgetTable(results.budgets)}`,
    ...results.sizes.map(sizeSection),
    burstSection(results.sizes),
    webWorkerSection(results.sizes),
    calibrationSection(results.calibration),
    coreSection(results.sizes),
    results.workspaces.length > 0 ? workspaceSection(results.workspaces) : '',
    toolsSection(results),
  ];
  return parts.filter(Boolean).join('\n\n');
}
