// The diagnostics publisher with an analysis runner that handles big documents: it publishes the runner's
// answer for the latest text only, leaves the text unanalysed on its own thread, and analyses it itself
// when the runner fails.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection } from 'vscode-languageserver/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { AnalysisRunner, Diagnosis } from '../../server/src/lsp/analysisRunner';
import { DiagnosticsPublisher } from '../../server/src/lsp/diagnosticsPublisher';
import { UriMap } from '../../server/src/lsp/uriMap';
import { ladderWith } from './ladderFixtures';
import { uri, workspaceOf } from './helpers';

async function until<T>(value: () => T | undefined): Promise<T> {
  for (let turn = 0; turn < 10_000; turn++) {
    const found = value();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error('timed out');
}

const diagnostic = (message: string): Diagnostic => ({
  range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
  message,
});

/** A publisher whose runner takes every document and answers when the test says so. */
function setUp() {
  const ladder = uri('l.ladder.yaml');
  const { ws } = workspaceOf({ 'l.ladder.yaml': ladderWith('levels: []\n') });
  const sent: PublishDiagnosticsParams[] = [];
  const connection = { sendDiagnostics: (params: PublishDiagnosticsParams) => void sent.push(params) };
  const requests: { uri: string; answer(diagnosis: Diagnosis | undefined): void; fail(error: Error): void }[] = [];
  const runner: AnalysisRunner = {
    handles: () => true,
    mirror: () => undefined,
    diagnose: (uri) => new Promise((answer, fail) => requests.push({ uri, answer, fail })),
    dispose: () => undefined,
  };
  const publisher = new DiagnosticsPublisher(connection as unknown as Connection, ws, new UriMap(), 0, 0, runner);
  const edit = (text: string) => {
    ws.setOpenDocument(ladder, text);
    publisher.changed(ladder);
  };
  return { ladder, ws, sent, requests, edit };
}

describe('diagnostics of big documents from an analysis runner', () => {
  it('publishes the answer for the latest text and drops the one for a text that changed since (no stale diagnostics)', async () => {
    const { ladder, ws, sent, requests, edit } = setUp();
    edit(ladderWith('levels: []\n# one\n'));
    await until(() => requests[0]);
    edit(ladderWith('levels: []\n# two\n'));
    await until(() => requests[1]);
    requests[0]!.answer([[ladder, [diagnostic('for # one')]]]);
    requests[1]!.answer([
      [ladder, [diagnostic('for # two')]],
      [uri('a.assessment.yaml'), [diagnostic('a dependent')]],
    ]);
    await until(() => (sent.length >= 2 ? true : undefined));
    assert.deepEqual(sent, [
      { uri: ladder, diagnostics: [diagnostic('for # two')] },
      { uri: uri('a.assessment.yaml'), diagnostics: [diagnostic('a dependent')] },
    ]);
    assert.equal(ws.latestAnalysis(ladder).pendingText, ladderWith('levels: []\n# two\n'), 'not analysed here');
  });

  it('publishes nothing when the text changes while the runner answers', async () => {
    const { ladder, sent, requests, edit } = setUp();
    edit(ladderWith('levels: []\n# one\n'));
    await until(() => requests[0]);
    edit(ladderWith('levels: []\n# two\n'));
    requests[0]!.answer([[ladder, [diagnostic('for # one')]]]);
    await until(() => requests[1]);
    assert.deepEqual(sent, []);
  });

  it('analyses on its own thread when the runner fails', async () => {
    const { ladder, sent, requests, edit } = setUp();
    edit(ladderWith('levels: []\nnmae: x\n'));
    await until(() => requests[0]);
    requests[0]!.fail(new Error('the worker stopped'));
    const published = await until(() => sent.find((entry) => entry.uri === ladder));
    assert.deepEqual(
      published.diagnostics.map((d) => d.code),
      ['unknown-key'],
    );
  });
});
