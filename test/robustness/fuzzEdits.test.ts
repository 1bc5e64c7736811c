// Random edit sequences over LSP: incremental changes (several per notification, some while diagnostics
// are pending, some between requests) must leave the server with the diagnostics a fresh server gives for
// a fresh open of the final text.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { saveFailingInput } from './checks';
import { LspSession, until } from './lspSession';
import { SAMPLES_DIR, SNIPPETS, VALUES, loadSamples } from './mutate';
import { Random, caseIndices, fuzzSettings, replayHint, share } from './random';

const settings = fuzzSettings();
const samples = loadSamples();

/** One random change against `text`: a deletion, an insertion or a replacement somewhere in it. */
function randomChange(
  text: string,
  source: string,
  random: Random,
  positionAt: (offset: number) => { line: number; character: number },
): TextDocumentContentChangeEvent {
  const start = random.below(text.length + 1);
  const end = random.chance(0.4) ? start : Math.min(text.length, start + random.below(random.chance(0.1) ? 2_000 : 40));
  const slice = () => {
    const from = random.below(source.length);
    return source.slice(from, from + random.between(1, 200));
  };
  const choices: (() => string)[] = [
    () => '',
    () =>
      random.pick([
        '\n',
        '\r\n',
        ' ',
        '  ',
        '\t',
        ':',
        '- ',
        '[',
        ']',
        '{',
        '}',
        '"',
        "'",
        '#',
        '&a',
        '*a',
        '!!',
        '\u0000',
        '\ud83d',
      ]),
    slice,
    () => random.pick(VALUES),
    () => `\n${random.pick(SNIPPETS)}\n`,
    () => String.fromCharCode(...Array.from({ length: random.between(1, 12) }, () => random.below(128))),
  ];
  return { range: { start: positionAt(start), end: positionAt(end) }, text: random.pick(choices)() };
}

describe('fuzz: edit sequences over LSP', () => {
  let dir: string;
  let root: string;
  let edited: LspSession;
  let fresh: LspSession;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-fuzz-edits-'));
    cpSync(SAMPLES_DIR, dir, { recursive: true });
    root = pathToFileURL(dir).href;
    edited = new LspSession();
    fresh = new LspSession();
    await Promise.all([edited.initialize(root), fresh.initialize(root)]);
    // Wait for the diagnostics of the initial scan, so that none is taken for the answer to an open.
    for (const session of [edited, fresh]) {
      await until(
        'the initial diagnostics',
        () => (samples.every((s) => session.latest(`${root}/${s.name}`)) ? true : undefined),
        30_000,
      );
    }
  });

  after(async () => {
    await Promise.all([edited?.dispose(), fresh?.dispose()]);
    rmSync(dir, { recursive: true, force: true });
  });

  const sequences = share(settings, 500, 12);
  it(`ends ${sequences} random edit sequences with the diagnostics of a fresh open (seed ${settings.seed})`, async () => {
    const failures: string[] = [];
    for (const index of caseIndices(settings, sequences)) {
      const random = Random.forCase(settings.seed, index, 6);
      const sample = random.pick(samples);
      // Half the sequences edit a sample in place, so the files that depend on it are re-diagnosed too.
      const name = index % 2 === 0 ? sample.name : `edit-${index}-${sample.name}`;
      const uri = `${root}/${name}`;
      edited.open(uri, sample.text);
      const steps = random.between(10, 60);
      const log: string[] = [];
      let lost: string | undefined;
      for (let step = 0; step < steps && !lost; step++) {
        const changes: TextDocumentContentChangeEvent[] = [];
        // A scratch copy (update changes a document in place): several changes in one notification,
        // each range against the text after the previous one.
        const current = TextDocument.create(uri, 'yaml', 0, edited.text(uri));
        for (let n = random.chance(0.2) ? random.between(2, 4) : 1; n > 0; n--) {
          const change = randomChange(current.getText(), sample.text, random, (offset) => current.positionAt(offset));
          changes.push(change);
          TextDocument.update(current, [change], current.version + 1);
        }
        const text = current.getText();
        edited.change(uri, changes);
        log.push(JSON.stringify(changes));
        // Now and then ask something (the server analyses the pending text) or let the debounce fire.
        if (random.chance(0.15))
          await edited.connection.sendRequest('textDocument/hover', {
            textDocument: { uri },
            position: current.positionAt(random.below(text.length + 1)),
          });
        if (random.chance(0.1))
          await edited.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        if (random.chance(0.05)) {
          const mark = edited.published.length;
          try {
            await until(
              'a debounced publication',
              () => (edited.published.slice(mark).some((p) => p.uri === uri) ? true : undefined),
              10_000,
            );
          } catch {
            lost = `no diagnostics were published within 10 s of edit ${step + 1}`;
          }
        }
      }
      if (lost) {
        const saved = saveFailingInput(`edits-${settings.seed}-${index}-${sample.name}`, edited.text(uri));
        writeFileSync(`${saved}.changes.jsonl`, `${log.join('\n')}\n`);
        failures.push(`${name}: ${lost}; ${replayHint(settings, index)}; text in ${saved}`);
      }
      const finalText = edited.text(uri);
      const expected: Diagnostic[] = await fresh.diagnosticsAfter(uri, fresh.open(uri, finalText));
      let last: Diagnostic[] | undefined;
      try {
        await until(
          'the same diagnostics as a fresh open',
          () => {
            last = edited.latest(uri);
            return last && JSON.stringify(last) === JSON.stringify(expected) ? true : undefined;
          },
          10_000,
        );
      } catch {
        const saved = saveFailingInput(`edits-${settings.seed}-${index}-${sample.name}`, finalText);
        writeFileSync(`${saved}.changes.jsonl`, `${log.join('\n')}\n`);
        failures.push(
          `${name} after ${steps} edits; ${replayHint(settings, index)}; final text in ${saved}\n  expected ${JSON.stringify(expected).slice(0, 400)}\n  got      ${JSON.stringify(last).slice(0, 400)}`,
        );
      }
      // Both servers go back to the file on disk; wait until each has said so before the next sequence.
      const closedEdited = edited.close(uri);
      const closedFresh = fresh.close(uri);
      await Promise.all([edited.diagnosticsAfter(uri, closedEdited), fresh.diagnosticsAfter(uri, closedFresh)]);
      if (failures.length >= 3) break;
    }
    assert.deepEqual(failures, []);
    assert.deepEqual([...edited.errors, ...fresh.errors], []);
    assert.equal(edited.exited ?? fresh.exited, undefined);
  });
});
