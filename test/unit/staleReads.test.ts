// Requests on a big document with a newer pending text are answered from its last analysis, offsets
// mapped through what changed; small documents are analysed on the spot; the text delta mapping.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newToOld, oldToNew, textDelta } from '../../server/src/core/text/textDelta';
import { FeatureHandlers, SYNC_ANALYSIS_MAX_CHARS } from '../../server/src/lsp/featureHandlers';
import { UriMap } from '../../server/src/lsp/uriMap';
import { BASE_LADDER, uri, workspaceOf } from './helpers';
import { lcg } from './randomEdits';
import { EDITS, LADDER, big, compareStaleAnswers, fresh, typed } from './staleAnswers';

describe('stale reads: big documents answer from the last analysis', () => {
  assert.ok(big.text.length > SYNC_ANALYSIS_MAX_CHARS, 'the generated ladder is big enough');
  // A line inserted and a line removed, a few places in each; test/robustness/staleReads.test.ts asks at
  // hundreds of places after every kind of edit.
  for (const [name, next] of EDITS.filter(
    ([name]) => name === 'a comment line inserted' || name === 'an empty line removed',
  )) {
    it(`${name}: answers equal a fresh analysis away from the changed line, without parsing`, () => {
      const compared = compareStaleAnswers(next, 400);
      assert.ok(compared > 5, `compared at ${compared} places`);
    });
  }

  describe('completion on the line being typed, from the line as typed and the structure above', () => {
    const typing: [string, (lines: string[], at: number) => { lines: string[]; line: number; character: number }][] = [
      [
        'a key begun on a new line inside a level',
        (lines, at) => {
          const level = lines.findIndex((l, i) => i > at && /^ {4}rank: /.test(l));
          return {
            lines: [...lines.slice(0, level + 1), '    summ', ...lines.slice(level + 1)],
            line: level + 1,
            character: 8,
          };
        },
      ],
      [
        'an expectation value cleared',
        (lines, at) => {
          const line = lines.findIndex((l, i) => i > at && /^ {6}[a-z-]+: \d$/.test(l));
          const cleared = lines[line]!.replace(/\d$/, '');
          return {
            lines: [...lines.slice(0, line), cleared, ...lines.slice(line + 1)],
            line,
            character: cleared.length,
          };
        },
      ],
      [
        'a requirement item begun',
        (lines, at) => {
          const line = lines.findIndex((l, i) => i > at && /^ {6}- id: /.test(l));
          return { lines: [...lines.slice(0, line), '      - ch', ...lines.slice(line)], line, character: 10 };
        },
      ],
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
    assert.equal(
      ws.readingLastAnalyses(() => ws.file(uri(LADDER)).analyzed),
      last,
    );
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
        const lineOf = (text: string, at: number) =>
          text.slice(text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
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
