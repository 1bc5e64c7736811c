// Requests on a big document with a newer pending text are answered from its last analysis, offsets
// mapped through what changed; small documents are analysed on the spot; the text delta mapping.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newToOld, oldToNew, textDelta } from '../../server/src/core/text/textDelta';
import { FeatureHandlers, SYNC_ANALYSIS_MAX_CHARS } from '../../server/src/lsp/featureHandlers';
import { UriMap } from '../../server/src/lsp/uriMap';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generateCatalogue, generateLadder } from '../../bench/lib/generate.mjs';
import { BASE_LADDER, uri, workspaceOf } from './helpers';

const catalogue = generateCatalogue() as { text: string };
const big = generateLadder({ id: 'big', targetLines: 5000, catalogue, cataloguePath: 'shared.competencies.yaml' }) as { text: string };
const LADDER = 'big.ladder.yaml';

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** An open workspace holding `text`, analysed, then `next` typed over it (pending). */
function typed(text: string, next: string) {
  const { ws, service } = workspaceOf({ [LADDER]: text, 'shared.competencies.yaml': catalogue.text });
  ws.setOpenDocument(uri(LADDER), text);
  ws.diagnostics(uri(LADDER));
  ws.setOpenDocument(uri(LADDER), next);
  return { ws, handlers: new FeatureHandlers(service, new UriMap()) };
}

/** The same files with `text` analysed afresh. */
function fresh(text: string) {
  const { ws, service } = workspaceOf({ [LADDER]: text, 'shared.competencies.yaml': catalogue.text });
  ws.setOpenDocument(uri(LADDER), text);
  return new FeatureHandlers(service, new UriMap());
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

describe('stale reads: big documents answer from the last analysis', () => {
  assert.ok(big.text.length > SYNC_ANALYSIS_MAX_CHARS, 'the generated ladder is big enough');
  const lines = big.text.split('\n');
  const at = Math.floor(lines.length / 3);
  const edits: [string, string][] = [
    ['a comment line inserted', [...lines.slice(0, at), '# a note', ...lines.slice(at)].join('\n')],
    ['a comment line inserted at the top', `# header\n${big.text}`],
    ['an empty line removed', (() => { const i = lines.indexOf('', at); return [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'); })()],
    ['a comment appended to a line', [...lines.slice(0, at), `${lines[at]}  # typed`, ...lines.slice(at + 1)].join('\n')],
  ];

  for (const [name, next] of edits) {
    it(`${name}: answers equal a fresh analysis away from the changed line, without parsing`, () => {
      const { ws, handlers } = typed(big.text, next);
      const reference = fresh(next);
      const delta = textDelta(big.text, next);
      const starts = lineStarts(next);
      const random = lcg(7);
      let compared = 0;
      for (let line = 0; line < starts.length - 1; line += 1 + Math.floor(random() * 40)) {
        const length = starts[line + 1]! - 1 - starts[line]!;
        const character = Math.floor(random() * (length + 1));
        const offset = starts[line]! + character;
        const position = { line, character };
        if (newToOld(delta, offset) === undefined) {
          const expected = starts[line] === delta.newLinesStart ? reference.completion(uri(LADDER), position) : [];
          assert.deepEqual(handlers.completion(uri(LADDER), position), expected, `completion on the changed line ${line}`);
          assert.equal(handlers.hover(uri(LADDER), position), null, `hover on the changed line ${line}`);
          continue;
        }
        compared++;
        assert.deepEqual(handlers.hover(uri(LADDER), position), reference.hover(uri(LADDER), position), `hover at ${line}:${character}`);
        assert.deepEqual(handlers.definition(uri(LADDER), position), reference.definition(uri(LADDER), position), `definition at ${line}:${character}`);
        assert.deepEqual(handlers.completion(uri(LADDER), position), reference.completion(uri(LADDER), position), `completion at ${line}:${character}`);
      }
      assert.ok(compared > 50);
      assert.deepEqual(handlers.symbols(uri(LADDER)), reference.symbols(uri(LADDER)));
      assert.equal(ws.latestAnalysis(uri(LADDER)).pendingText, next, 'the pending text was not analysed');
      // The debounced job analyses it; from then on the new analysis answers.
      ws.diagnostics(uri(LADDER));
      assert.equal(ws.latestAnalysis(uri(LADDER)).pendingText, undefined);
    });
  }

  describe('completion on the line being typed, from the line as typed and the structure above', () => {
    const typing: [string, (lines: string[], at: number) => { lines: string[]; line: number; character: number }][] = [
      ['a key begun on a new line inside a level', (lines, at) => {
        const level = lines.findIndex((l, i) => i > at && /^ {4}rank: /.test(l));
        return { lines: [...lines.slice(0, level + 1), '    summ', ...lines.slice(level + 1)], line: level + 1, character: 8 };
      }],
      ['an expectation value cleared', (lines, at) => {
        const line = lines.findIndex((l, i) => i > at && /^ {6}[a-z-]+: \d$/.test(l));
        const cleared = lines[line]!.replace(/\d$/, '');
        return { lines: [...lines.slice(0, line), cleared, ...lines.slice(line + 1)], line, character: cleared.length };
      }],
      ['a requirement item begun', (lines, at) => {
        const line = lines.findIndex((l, i) => i > at && /^ {6}- id: /.test(l));
        return { lines: [...lines.slice(0, line), '      - ch', ...lines.slice(line)], line, character: 10 };
      }],
    ];
    const lines = big.text.split('\n');
    for (const [name, make] of typing) {
      it(name, () => {
        const { lines: nextLines, line, character } = make(lines, Math.floor(lines.length / 2));
        const next = nextLines.join('\n');
        const { ws, handlers } = typed(big.text, next);
        const expected = fresh(next).completion(uri(LADDER), { line, character });
        assert.ok(expected.length > 0, 'a fresh analysis has completions there');
        assert.deepEqual(handlers.completion(uri(LADDER), { line, character }), expected);
        assert.equal(ws.latestAnalysis(uri(LADDER)).pendingText, next, 'the pending text was not analysed');
      });
    }

    it('answers nothing on a changed line below the first', () => {
      const at = Math.floor(lines.length / 2);
      const level = lines.findIndex((l, i) => i > at && /^ {4}rank: /.test(l));
      const next = [...lines.slice(0, level + 1), '    summary: x', '    summ', ...lines.slice(level + 1)].join('\n');
      const { handlers } = typed(big.text, next);
      assert.deepEqual(handlers.completion(uri(LADDER), { line: level + 2, character: 8 }), []);
    });
  });

  it('analyses a small document on the spot', () => {
    const { ws, service } = workspaceOf({ 'base.ladder.yaml': BASE_LADDER });
    const key = uri('base.ladder.yaml');
    ws.setOpenDocument(key, BASE_LADDER);
    ws.file(key);
    ws.setOpenDocument(key, `${BASE_LADDER}# more\n`);
    assert.ok(ws.latestAnalysis(key).pendingText !== undefined);
    new FeatureHandlers(service, new UriMap()).completion(key, { line: 0, character: 0 });
    assert.equal(ws.latestAnalysis(key).pendingText, undefined);
  });

  it('reads the last analysis only inside readingLastAnalyses', () => {
    const { ws } = typed(big.text, `${big.text}# end\n`);
    const last = ws.latestAnalysis(uri(LADDER)).analyzed;
    assert.equal(ws.readingLastAnalyses(() => ws.file(uri(LADDER)).analyzed), last);
    assert.notEqual(ws.file(uri(LADDER)).analyzed, last);
  });
});

describe('textDelta', () => {
  it('maps every offset off the changed lines to the same character, and back', () => {
    const random = lcg(42);
    const alphabet = 'ab \n:-';
    for (let round = 0; round < 500; round++) {
      let old = '';
      const size = Math.floor(random() * 60);
      for (let i = 0; i < size; i++) old += alphabet[Math.floor(random() * alphabet.length)];
      const from = Math.floor(random() * (old.length + 1));
      const to = from + Math.floor(random() * (old.length - from + 1));
      let inserted = '';
      for (let i = Math.floor(random() * 8); i > 0; i--) inserted += alphabet[Math.floor(random() * alphabet.length)];
      const next = old.slice(0, from) + inserted + old.slice(to);
      const delta = textDelta(old, next);
      assert.equal(old.slice(0, delta.start) + next.slice(delta.start, delta.newEnd) + old.slice(delta.oldEnd), next);
      let previous = -1;
      for (let offset = 0; offset <= old.length; offset++) {
        const moved = oldToNew(delta, offset);
        assert.ok(moved >= previous && moved <= next.length, 'oldToNew is monotone and in range');
        previous = moved;
      }
      for (let offset = 0; offset <= next.length; offset++) {
        const back = newToOld(delta, offset);
        if (back === undefined) continue;
        assert.equal(old[back], next[offset], `${JSON.stringify(old)} → ${JSON.stringify(next)} at ${offset}`);
        assert.equal(oldToNew(delta, back), offset);
        const lineOf = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
        assert.equal(lineOf(old, back), lineOf(next, offset), 'the line around it is unchanged');
      }
    }
  });

  it('finds a one-character insertion in a big text', () => {
    const text = big.text.repeat(8);
    const middle = Math.floor(text.length / 2);
    const delta = textDelta(text, `${text.slice(0, middle)}\u0001${text.slice(middle)}`);
    assert.deepEqual([delta.start, delta.oldEnd, delta.newEnd], [middle, middle, middle + 1]);
  });
});
