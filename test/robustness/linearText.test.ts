// Text from files costs time in proportion to its length. A long run of one character (spaces, tabs, line
// breaks, dashes, quotes, backslashes, `#`, `*`, `_`, backticks) in every string a file can supply goes
// through each stage of the core (analysis, checks and scoring; Markdown; the scaffold; hover, completion
// and symbols), the CLI formats and the server's requests, and each stage is timed (processor time) on
// text ten times as long as a first run: linear work takes about ten times as long, while a pattern like
// `\s*[\r\n]+\s*` (which made a name of 80,000 spaces and an `x` take seconds to export) takes a hundred
// times as long.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { planRatingEdits } from '../../server/src/core/features/ratingEdits';
import { problemsToJson, problemsToText } from '../../server/src/cli/formatProblems';
import { sortProblems, toProblems } from '../../server/src/cli/problems';
import { problemsToSarif } from '../../server/src/cli/sarif';
import { scoreToText } from '../../server/src/cli/scoreText';
import { createStyle } from '../../server/src/cli/style';
import { complete } from '../../server/src/core/features/completion';
import { hover } from '../../server/src/core/features/hover';
import { scaffoldAssessment } from '../../server/src/core/features/scaffold';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { reportNames } from '../../server/src/core/render/labels';
import { ladderToMarkdown } from '../../server/src/core/render/ladderToMarkdown';
import { scoreToMarkdown } from '../../server/src/core/render/scoreToMarkdown';
import type { ScoreReport } from '../../server/src/core/score/types';
import { jsonText } from '../../server/src/core/text/escapeText';
import type { LadderContext } from '../../server/src/core/workspace/ladderContext';
import type { Workspace } from '../../server/src/core/workspace/workspace';
import { uri, workspaceOf } from '../unit/helpers';
import {
  ASSESSMENT_FILE,
  BROKEN_FILE,
  everyRun,
  hostileFiles,
  LADDER_FILE,
  offsetOf,
  run,
  RUNS,
  type HostileFiles,
} from './hostileText';
import { cpuTimed } from './cpuTime';
import { LspSession } from './lspSession';

/** How much longer text ten times as long may take: linear work takes about 10 times as long, quadratic about 100. */
const GROWTH = 20;
/** Added to the bound, for timer resolution and a garbage collection that lands in the long run. */
const SLACK_MS = 50;

const timed = cpuTimed;

function assertLinear(what: string, shortMs: number, longMs: number, resolutionMs = 0): void {
  const bound = GROWTH * Math.max(shortMs, resolutionMs) + SLACK_MS;
  assert.ok(
    longMs <= bound,
    `${what}: ${longMs.toFixed(0)} ms for text ten times as long as text that took ${shortMs.toFixed(1)} ms`,
  );
}

/**
 * What the core and the CLI do with files holding `text`, stage by stage, so that each stage is timed on
 * its own (parsing, the largest cost, would hide a slow stage after it). Each stage returns what it made.
 */
function stages(text: string): Record<string, () => unknown> {
  const files = hostileFiles(text);
  const ladderUri = uri(LADDER_FILE);
  const assessmentUri = uri(ASSESSMENT_FILE);
  let ws!: Workspace;
  let context!: LadderContext;
  let report!: ScoreReport;
  return {
    'analysis, checks and scoring': () => {
      ws = workspaceOf({
        [LADDER_FILE]: files.ladder,
        [ASSESSMENT_FILE]: files.assessment,
        [BROKEN_FILE]: files.broken,
      }).ws;
      const problems = [LADDER_FILE, ASSESSMENT_FILE, BROKEN_FILE].map((name) => ws.diagnostics(uri(name)).length);
      context = ws.ladderContext(ladderUri)!;
      report = ws.score(assessmentUri).report!;
      assert.ok(report, 'the assessment is scored');
      return problems;
    },
    Markdown: () => {
      const markdown = ladderToMarkdown(context);
      const reportMarkdown = scoreToMarkdown(report, { focus: ['two'], ...reportNames(context) });
      assert.ok(markdown.includes('\n### Level 2 — ') && reportMarkdown.includes('\n## Summary\n'));
      return [markdown, reportMarkdown];
    },
    scaffold: () => {
      const scaffold = scaffoldAssessment(context, LADDER_FILE, 'one', text, '2026-11-01');
      assert.match(scaffold, /^kind: SelfAssessment\n/);
      return scaffold;
    },
    'hover, completion and symbols': () => {
      const { ladder, assessment } = files;
      const levelsAt = offsetOf(ladder, '\nlevels:');
      // A competency, a level, a check, a metric, a requirement and a rating; completions whose entries
      // describe competencies, levels and requirements.
      const hoverAt: [string, number][] = [
        [ladderUri, offsetOf(ladder, '{writing: 2', 2, levelsAt)],
        [ladderUri, offsetOf(ladder, 'level: one', 7, levelsAt)],
        [ladderUri, offsetOf(ladder, 'check: review', 8, levelsAt)],
        [ladderUri, offsetOf(ladder, '{id: resolution, min', 5, levelsAt)],
        [assessmentUri, offsetOf(assessment, 'requirement: tenure', 14)],
        [assessmentUri, offsetOf(assessment, '{rating: 2', 9)],
      ];
      const completeAt: [string, number][] = [
        [ladderUri, offsetOf(ladder, '{writing: 2', 2, levelsAt)],
        [assessmentUri, offsetOf(assessment, 'level: one', 8)],
        [assessmentUri, offsetOf(assessment, 'requirement: tenure', 14)],
      ];
      const hovers = hoverAt.filter(([target, offset]) => hover(ws, target, offset) !== undefined).length;
      const completions = completeAt.map(([target, offset]) => complete(ws, target, offset).length);
      const symbols = documentSymbols(ws, ladderUri).length + documentSymbols(ws, assessmentUri).length;
      assert.deepEqual(
        { hovers, completions: completions.every((count) => count > 0), symbols: symbols > 0 },
        { hovers: 6, completions: true, symbols: true },
      );
      return hovers;
    },
    'the CLI formats': () => {
      const problems = sortProblems(
        [LADDER_FILE, ASSESSMENT_FILE, BROKEN_FILE].flatMap((name) =>
          toProblems(name, ws.file(uri(name)).analyzed!.text, ws.diagnostics(uri(name))),
        ),
      );
      const style = createStyle(true);
      const names = reportNames(context);
      return [
        problemsToText(problems, style),
        problemsToJson(problems),
        problemsToSarif(problems, { version: '0.0.0', cwd: '/ws' }),
        scoreToText(report, { focus: ['two'], names, style }),
        jsonText(report),
        scoreToMarkdown(report, { focus: ['two'], ...names }),
      ];
    },
  };
}

/** The processor time of each stage for `text`. */
function stageTimes(text: string): Map<string, number> {
  return new Map(Object.entries(stages(text)).map(([name, stage]) => [name, timed(stage).ms] as const));
}

describe('text from files costs time in proportion to its length: the core and the CLI formats', () => {
  const SHORT = 300;
  const LONG = 3_000;

  before(() => {
    for (const char of Object.values(RUNS)) stageTimes(run(char, 30));
  });

  for (const [name, char] of Object.entries(RUNS)) {
    it(`long runs of ${name}`, () => {
      // The shorter of two runs, as the first can include compiling.
      const first = stageTimes(run(char, SHORT));
      const second = stageTimes(run(char, SHORT));
      const long = stageTimes(run(char, LONG));
      for (const [stage, ms] of long)
        assertLinear(`${name}, ${stage}`, Math.min(first.get(stage)!, second.get(stage)!), ms);
    });
  }

  it('long runs in a rating that the panel writes back', () => {
    const plan = (length: number) => {
      // Runs of spaces after the `ratings` key and after a rating, before a comment.
      const text = `kind: SelfAssessment\nratings:${' '.repeat(length)}\n  writing: 2${' '.repeat(length)}# as of now\n`;
      const doc = parseDocument(text);
      return timed(() => planRatingEdits({ text, doc }, { writing: 3, networking: 1 }));
    };
    plan(100);
    const short = plan(SHORT * 10);
    const long = plan(LONG * 10);
    assert.deepEqual(
      long.value.edits.map((edit) => edit.newText),
      ['3', '  networking: 1\n'],
    );
    assertLinear('rating edits', short.ms, long.ms);
  });
});

describe('text from files costs time in proportion to its length: the language server', () => {
  // Runs of every class one after the other, about 6,000 and 60,000 characters a value (the ladder is 3 MB).
  const sizes = { short: 500, long: 5_000 };
  const root = mkdtempSync(join(tmpdir(), 'ladder-linear-server-'));
  const texts: Record<string, HostileFiles> = {};
  let server: LspSession;
  after(async () => {
    await server?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  const fileUri = (size: string, name: string) => pathToFileURL(join(root, size, name)).href;

  before(async () => {
    for (const [size, length] of Object.entries(sizes)) {
      texts[size] = hostileFiles(everyRun(length));
      mkdirSync(join(root, size));
      writeFileSync(join(root, size, LADDER_FILE), texts[size]!.ladder);
      writeFileSync(join(root, size, ASSESSMENT_FILE), texts[size]!.assessment);
    }
    server = new LspSession();
    await server.initialize(pathToFileURL(root).href);
    for (const size of Object.keys(sizes)) {
      const opened = server.open(fileUri(size, ASSESSMENT_FILE), texts[size]!.assessment);
      await server.diagnosticsAfter(fileUri(size, ASSESSMENT_FILE), opened, 30_000);
    }
  });

  /** The resolution of the server's processor time. */
  const TICK_MS = 10;

  /** The server's processor time so far in milliseconds (from /proc, in 10 ms ticks), or the wall-clock time where there is no /proc. */
  function serverClock(): number {
    try {
      const fields = readFileSync(`/proc/${server.process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      return performance.now();
    }
  }

  /** How often a request is timed, so that the average is finer than a tick. */
  const REPEAT = { short: 10, long: 2 };

  /** The server's average time for a request about the short and the long files, each asked once before (so that both are analysed). */
  async function timedRequest(
    method: string,
    params: (size: string) => unknown,
  ): Promise<{ short: number; long: number; answer: unknown }> {
    for (const size of ['short', 'long']) await server.connection.sendRequest(method, params(size));
    const times: Record<string, number> = {};
    let answer: unknown;
    for (const size of ['short', 'long'] as const) {
      const start = serverClock();
      for (let i = 0; i < REPEAT[size]; i++) answer = await server.connection.sendRequest(method, params(size));
      times[size] = (serverClock() - start) / REPEAT[size];
    }
    return { short: times['short']!, long: times['long']!, answer };
  }

  it('New Self-Assessment (the scaffold), for a person named with the runs', async () => {
    const { short, long, answer } = await timedRequest('ladder/scaffoldAssessment', (size) => ({
      ladderUri: fileUri(size, LADDER_FILE),
      targetUri: fileUri(size, 'new.assessment.yaml'),
      levelId: 'one',
      person: everyRun(sizes[size as keyof typeof sizes]),
    }));
    assert.match((answer as { text: string }).text, /^kind: SelfAssessment\n/);
    assertLinear('scaffold', short, long, TICK_MS / REPEAT.short);
  });

  for (const file of [LADDER_FILE, ASSESSMENT_FILE]) {
    it(`Export as Markdown of ${file}`, async () => {
      const { short, long, answer } = await timedRequest('ladder/exportMarkdown', (size) => ({
        uri: fileUri(size, file),
      }));
      assert.ok((answer as { markdown: string }).markdown.length > sizes.long);
      assertLinear(`export of ${file}`, short, long, TICK_MS / REPEAT.short);
    });
  }

  it('hover over a rated competency and the ladder structure', async () => {
    const position = (size: string) => {
      const text = texts[size]!.assessment;
      const offset = offsetOf(text, '  writing:', 3);
      return { line: text.slice(0, offset).split('\n').length - 1, character: 3 };
    };
    const hovered = await timedRequest('textDocument/hover', (size) => ({
      textDocument: { uri: fileUri(size, ASSESSMENT_FILE) },
      position: position(size),
    }));
    assert.ok(hovered.answer, 'a hover answers');
    assertLinear('hover', hovered.short, hovered.long, TICK_MS / REPEAT.short);
    const structure = await timedRequest('ladder/structure', (size) => ({ uri: fileUri(size, LADDER_FILE) }));
    assert.ok(structure.answer, 'the ladder structure answers');
    assertLinear('ladder structure', structure.short, structure.long, TICK_MS / REPEAT.short);
  });
});
