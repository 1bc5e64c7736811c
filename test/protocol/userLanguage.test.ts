// Over stdio: a server initialized with the German bundle of the editor (`initializationOptions.l10nBundle`,
// as the extension sends `vscode.l10n.bundle`) and its display language (`initializationOptions.locale`, as
// it sends `vscode.env.language`) publishes German diagnostics and answers German hovers, their numbers
// written the German way ("1,5 Jahre"), on its own thread and from the worker thread that analyses big
// documents.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import type { LadderInitializationOptions } from '../../server/src/protocol';
import { LspClient } from './lspClient';

const REPO = resolve(__dirname, '../..');
const GERMAN = JSON.parse(readFileSync(join(REPO, 'l10n/bundle.l10n.de.json'), 'utf8')) as Record<string, string>;
const SAMPLES = ['customer-engineering.ladder.yaml', 'support.competencies.yaml', 'jordan-lee.assessment.yaml'];
/** Over the size from which an edited document is diagnosed in the worker thread (OFF_THREAD_MIN_CHARS). */
const BIG_CHARS = 130_000;
/** Two requirements of the sample's Senior Engineer, and a metric bound that can never be met. */
const SENIOR_TENURE = 'time-at-level: {years: 1, rank: 1}';
const SENIOR_METRIC = 'metric: {id: unassisted-resolution, min: 90}';
const CONFLICTING_METRIC = 'metric: {id: unassisted-resolution, min: 95.5, max: 90.5}';

function writeFolder() {
  const root = mkdtempSync(join(tmpdir(), 'ladder-language-'));
  for (const name of SAMPLES) writeFileSync(join(root, name), readFileSync(join(REPO, 'samples', name)));
  const uri = (name: string) => pathToFileURL(join(root, name)).href;
  return { root: uri(''), uri, read: (name: string) => readFileSync(join(root, name), 'utf8') };
}

const messages = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${String(d.code)}: ${d.message}`).sort();

describe('the language server in the German display language', () => {
  const client = new LspClient();
  after(() => client.close());
  const folder = writeFolder();
  const options: LadderInitializationOptions = { maxFileSize: 5, l10nBundle: GERMAN, locale: 'de' };

  it('publishes German diagnostics and answers a German hover', async () => {
    await client.initialize(folder.root, {}, { ...options });
    const assessment = folder.uri('jordan-lee.assessment.yaml');
    const text = folder.read('jordan-lee.assessment.yaml').replace('  troubleshooting: 3', '  troubleshootin: 3');
    client.open(assessment, text);
    const diagnostics = await client.diagnostics(assessment, (list) => list.length === 2);
    assert.deepEqual(messages(diagnostics), [
      'missing-ratings: Noch nicht bewertet, aber von Ihren nächsten Stufen oder Ihrer Zielstufe erwartet: troubleshooting, team-metrics.',
      "unknown-reference: Kompetenz 'troubleshootin' ist unbekannt. Meinten Sie 'troubleshooting'?",
    ]);
    const line = text.split('\n').findIndex((l) => l.startsWith('  mentoring:'));
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: assessment },
      position: { line, character: 4 },
    })) as Hover;
    const paragraphs = (hover.contents as { value: string }).value.split('\n\n');
    assert.equal(paragraphs[1], 'Gruppe `professional` · definiert in support.competencies.yaml');
    assert.equal(paragraphs[paragraphs.length - 1], 'Nächste Stufen erwarten: 3 für Manager, 3 für Staff Engineer');
  });

  it('publishes German diagnostics for a big document diagnosed in the worker thread', async () => {
    const ladder = folder.uri('customer-engineering.ladder.yaml');
    const sample = folder.read('customer-engineering.ladder.yaml');
    const padding = '# a long comment line that makes this ladder big enough for the worker thread\n';
    const big = `${sample}${padding.repeat(Math.ceil((BIG_CHARS - sample.length) / padding.length))}`;
    assert.ok(big.length > BIG_CHARS);
    // Opening analyses on the server's thread; the edit after it is analysed in the worker thread.
    client.open(ladder, big);
    await client.diagnostics(ladder, (list) => list.length === 0);
    const published = client.published.length;
    client.replace(ladder, `${big}bogus: 1\n`);
    const diagnostics = await client.diagnostics(ladder, (list) => list.length > 0, published);
    assert.deepEqual(messages(diagnostics), ["unknown-key: Unbekannter Schlüssel 'bogus' in dem Dokument."]);
    // The worker thread writes numbers in the same locale.
    const published2 = client.published.length;
    client.replace(ladder, big.replace(SENIOR_METRIC, CONFLICTING_METRIC));
    const conflict = await client.diagnostics(ladder, (list) => list.length > 0, published2);
    assert.deepEqual(messages(conflict), [
      'requirement-shape: max 90,5 liegt unter min 95,5, daher kann dies nie erfüllt werden.',
    ]);
  });

  it('writes the numbers of its diagnostics and hovers in the display language', async () => {
    const ladder = folder.uri('customer-engineering.ladder.yaml');
    const text = folder
      .read('customer-engineering.ladder.yaml')
      .replace(SENIOR_TENURE, 'time-at-level: {years: 1.5, rank: 1}')
      .replace(SENIOR_METRIC, CONFLICTING_METRIC);
    const published = client.published.length;
    client.replace(ladder, text);
    const diagnostics = await client.diagnostics(ladder, (list) => list.length > 0, published);
    assert.deepEqual(messages(diagnostics), [
      'requirement-shape: max 90,5 liegt unter min 95,5, daher kann dies nie erfüllt werden.',
    ]);
    const offset = text.indexOf('id: senior-tenure') + 'id: '.length;
    const before = text.slice(0, offset).split('\n');
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: ladder },
      position: { line: before.length - 1, character: before[before.length - 1]!.length + 1 },
    })) as Hover;
    const paragraphs = (hover.contents as { value: string }).value.split('\n\n');
    assert.equal(paragraphs[paragraphs.length - 1], '- `senior-tenure`: Mindestens 1,5 Jahre auf Rang 1');
  });
});
