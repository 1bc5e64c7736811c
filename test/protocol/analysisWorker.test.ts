// The analysis worker (dist/analysisWorker.js) against the server's own thread: the same diagnostics for
// the samples and a 50,000-line ladder, and answers to superseded requests dropped.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { createLadderService, DEFAULT_MAX_FILE_CHARS, normalizeUri, type Workspace } from '../../server/src/core';
import type { AnalysisRunner, WorkspaceEvent } from '../../server/src/lsp/analysisRunner';
import { diagnosisOf } from '../../server/src/lsp/diagnosis';
import { DiskHost } from '../../server/src/node/diskHost';
import { workerAnalyses } from '../../server/src/node/workerAnalyses';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generateCatalogue, generateLadder } from '../../bench/lib/generate.mjs';

const WORKER = resolve(__dirname, '../../dist/analysisWorker.js');
const SAMPLES = resolve(__dirname, '../../samples');

/** A folder with the samples, and with `huge`, a generated ladder of about 50,000 lines and its catalogue. */
function writeFolder(huge: boolean): { root: string; files: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'ladder-worker-'));
  for (const name of readdirSync(SAMPLES)) writeFileSync(join(root, name), readFileSync(join(SAMPLES, name)));
  const files = readdirSync(root).map((name) => join(root, name));
  if (!huge) return { root, files };
  const catalogue = generateCatalogue() as { text: string };
  const ladder = generateLadder({
    id: 'huge',
    targetLines: 50_000,
    catalogue,
    cataloguePath: 'generated.competencies.yaml',
  }) as { text: string };
  writeFileSync(join(root, 'generated.competencies.yaml'), catalogue.text);
  writeFileSync(join(root, 'huge.ladder.yaml'), ladder.text);
  // the huge ladder last: each file is opened, then closed, and a closed file is read and analysed again
  return { root, files: [...files, join(root, 'generated.competencies.yaml'), join(root, 'huge.ladder.yaml')] };
}

const uriOf = (path: string) => normalizeUri(pathToFileURL(path).href);

/** A server's workspace and a worker copy of it, changed together. */
function pair(root: string) {
  const roots = [uriOf(root)];
  const settings = { maxFileChars: DEFAULT_MAX_FILE_CHARS, roots };
  const service = createLadderService({ host: new DiskHost(settings), limits: settings, roots });
  const runner = workerAnalyses(WORKER, 0)(settings);
  const workspace: Workspace = service.workspace;
  const both = (event: WorkspaceEvent) => {
    if (event.type === 'open') workspace.setOpenDocument(event.uri, event.text);
    else if (event.type === 'close') workspace.closeDocument(event.uri);
    else if (event.type === 'known') workspace.addKnownFile(event.uri);
    runner.mirror(event);
  };
  return { workspace, runner, both };
}

describe('analysis worker', () => {
  const runners: AnalysisRunner[] = [];
  after(() => runners.forEach((runner) => runner.dispose()));

  it('diagnoses every sample and a 50,000-line ladder, and their dependents, as the server thread does', async () => {
    const { root, files } = writeFolder(true);
    const { workspace, runner, both } = pair(root);
    runners.push(runner);
    for (const file of files) both({ type: 'known', uri: uriOf(file) });
    let compared = 0;
    for (const file of files) {
      const uri = uriOf(file);
      const text = readFileSync(file, 'utf8');
      both({ type: 'open', uri, text });
      // an edit the incremental re-analysis declines (a comment ends the file), and one that changes findings
      both({ type: 'open', uri, text: `${text.replace(/: 3$/m, ': 9')}# edited\n` });
      const fromWorker = await runner.diagnose(uri);
      assert.deepEqual(fromWorker, diagnosisOf(workspace, uri), file);
      compared += fromWorker!.length;
      both({ type: 'close', uri });
    }
    assert.ok(compared > files.length, 'dependents were compared too');
  });

  it('drops the answer to a request superseded by a newer one, and dependents changed since the request', async () => {
    const { root, files } = writeFolder(false);
    const { workspace, runner, both } = pair(root);
    runners.push(runner);
    for (const file of files) both({ type: 'known', uri: uriOf(file) });
    const ladder = uriOf(join(root, 'customer-engineering.ladder.yaml'));
    const assessment = uriOf(join(root, 'jordan-lee.assessment.yaml'));
    const text = readFileSync(join(root, 'customer-engineering.ladder.yaml'), 'utf8');
    both({ type: 'open', uri: ladder, text });
    const before = diagnosisOf(workspace, ladder);
    const first = runner.diagnose(ladder);
    const broken = text.replace(/^name: /m, 'nome: ');
    both({ type: 'open', uri: ladder, text: broken });
    const second = runner.diagnose(ladder);
    assert.equal(await first, undefined);
    const expected = diagnosisOf(workspace, ladder);
    assert.notDeepEqual(expected[0], before[0], 'the edit changes the diagnostics');
    assert.deepEqual(await second, expected);

    const third = runner.diagnose(ladder);
    both({ type: 'open', uri: assessment, text: readFileSync(join(root, 'jordan-lee.assessment.yaml'), 'utf8') });
    const answered = await third;
    const uris = answered!.map(([uri]) => uri);
    assert.ok(
      expected.some(([uri]) => uri === assessment),
      'the assessment depends on the ladder',
    );
    assert.ok(!uris.includes(assessment), 'the assessment changed after the request');
    assert.deepEqual(
      uris,
      expected.map(([uri]) => uri).filter((uri) => uri !== assessment),
    );
  });
});
