// Over stdio: while the server analyses an edit of a 50,000-line ladder (in its worker thread), requests
// on another document are answered, before the big document's new diagnostics arrive.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import type { CompletionItem, Diagnostic, Hover } from 'vscode-languageserver-protocol';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generateCatalogue, generateLadder } from '../../bench/lib/generate.mjs';
import { LspClient, pollFor } from './lspClient';

const SAMPLES = resolve(__dirname, '../../samples');

function writeFolder() {
  const root = mkdtempSync(join(tmpdir(), 'ladder-offthread-'));
  for (const name of ['customer-engineering.ladder.yaml', 'support.competencies.yaml', 'jordan-lee.assessment.yaml'])
    writeFileSync(join(root, name), readFileSync(join(SAMPLES, name)));
  const catalogue = generateCatalogue() as { text: string };
  const ladder = generateLadder({
    id: 'huge',
    targetLines: 50_000,
    catalogue,
    cataloguePath: 'generated.competencies.yaml',
  }) as { text: string };
  writeFileSync(join(root, 'generated.competencies.yaml'), catalogue.text);
  writeFileSync(join(root, 'huge.ladder.yaml'), ladder.text);
  const uri = (name: string) => pathToFileURL(join(root, name)).href;
  return {
    root: uri(''),
    huge: uri('huge.ladder.yaml'),
    hugeText: ladder.text,
    small: uri('jordan-lee.assessment.yaml'),
  };
}

describe('big documents analysed off the request thread', () => {
  const client = new LspClient();
  after(() => client.close());

  it('answers hover and completion on a small document while a 50,000-line edit is being analysed', async () => {
    const files = writeFolder();
    let workspaceChanged = 0;
    client.connection.onNotification('ladder/workspaceChanged', () => void workspaceChanged++);
    await client.initialize(files.root);
    client.open(files.small, readFileSync(new URL(files.small), 'utf8'));
    client.open(files.huge, files.hugeText);
    await pollFor(() => client.published.find((entry) => entry.uri === files.huge), 'the first diagnostics', 120_000);
    await pollFor(() => (workspaceChanged > 0 ? true : undefined), 'the index', 120_000);
    const changedBefore = workspaceChanged;
    const published = client.published.length;

    // An edit the incremental re-analysis declines (a comment ends the file), with an unknown top-level key.
    client.replace(files.huge, `${files.hugeText}bogus: 1\n# the end\n`);
    const isBogus = (d: Diagnostic) => d.code === 'unknown-key';
    const isNew = (diagnostics: Diagnostic[]) => diagnostics.some(isBogus);
    const arrived = () =>
      client.published.slice(published).some((entry) => entry.uri === files.huge && isNew(entry.diagnostics));
    // The server tells of the change 300 ms after it, well into the analysis of 50,000 lines.
    await pollFor(() => (workspaceChanged > changedBefore ? true : undefined), 'the change notification', 60_000);
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: files.small },
      position: { line: 7, character: 0 },
    })) as Hover | null;
    const hoverBeforeDiagnostics = !arrived();
    const completion = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: files.small },
      position: { line: 7, character: 6 },
    })) as CompletionItem[];
    const completionBeforeDiagnostics = !arrived();

    assert.match((hover?.contents as { value: string }).value, /SelfAssessment/);
    assert.ok(completion.some((item) => item.label === 'SelfAssessment'));
    assert.equal(hoverBeforeDiagnostics, true, 'hover answered before the big document was diagnosed');
    assert.equal(completionBeforeDiagnostics, true, 'completion answered before the big document was diagnosed');
    await pollFor(() => (arrived() ? true : undefined), 'the new diagnostics', 120_000);
    const diagnostics = await client.diagnostics(files.huge, isNew, published);
    assert.deepEqual(
      diagnostics.filter(isBogus).map((d) => d.range.start.line),
      [files.hugeText.split('\n').length - 1],
    );
  });
});
