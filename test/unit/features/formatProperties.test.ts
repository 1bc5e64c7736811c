// Formatting and the id walk on arbitrary texts: what is formatted reads the same and is a fixed point,
// and inlay hints and semantic tokens are in order, inside the file and on one line each.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { formatEdits } from '../../../server/src/core/features/format';
import { formatYaml } from '../../../server/src/core/features/formatYaml';
import { inlayHints } from '../../../server/src/core/features/inlayHints';
import { semanticTokens } from '../../../server/src/core/features/semanticTokens';
import { applyEdits, BASE_LADDER, uri, workspaceOf } from '../helpers';
import { BASE_ASSESSMENT } from './support';

const PIECES = [
  'kind: Ladder\n',
  'kind: SelfAssessment\n',
  'levels:\n',
  'ratings:\n',
  'scale:\n',
  '  - id: a\n',
  '- id: b\n',
  '    name: B   # note\n',
  '  troubleshooting: 3\n',
  '   next: [ a,b ]\n',
  '  date: "2024-01-01"\n',
  "  person: 'Kim'\n",
  '  summary: >-\n    one\n    two\n',
  '  log: |\n      kept\n        deeper\n',
  '  reason: plain\n     continued\n',
  '# comment\n',
  '\n',
  '\r\n',
  '  ',
  '- ',
  '{a: 1, b: [2, 3]}\n',
  'x-extra: yes\n',
  '&anchor ',
  '*anchor\n',
  '---\n',
  '\t',
];

const LADDER_NAME = 'ladder.ladder.yaml';

describe('format: properties', () => {
  it('formats a text only into one that reads the same and formats to itself', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }), fc.boolean(), (parts, sortKeys) => {
        const text = parts.join('');
        const edits = formatEdits(text, 'Ladder', { sortKeys });
        if (edits.length === 0) return;
        const formatted = applyEdits(text, edits);
        assert.equal(formatYaml(formatted, 'Ladder', { sortKeys }), formatted);
        assert.deepEqual(parseDocument(formatted).toJS(), parseDocument(text).toJS());
      }),
      { numRuns: 400 },
    );
  });

  it('gives hints and tokens in document order, inside the text, tokens on one line', () => {
    const { ws } = workspaceOf({ [LADDER_NAME]: BASE_LADDER, 'a.assessment.yaml': BASE_ASSESSMENT });
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }),
        fc.constantFrom(LADDER_NAME, 'a.assessment.yaml'),
        (parts, name) => {
          const text = parts.join('');
          ws.setOpenDocument(uri(name), text);
          const tokens = semanticTokens(ws, uri(name));
          tokens.forEach((token, i) => {
            assert.ok(token.span.start < token.span.end && token.span.end <= text.length);
            assert.ok(!/[\r\n]/.test(text.slice(token.span.start, token.span.end)));
            if (i > 0) assert.ok(tokens[i - 1]!.span.end <= token.span.start);
          });
          const hints = inlayHints(ws, uri(name), { start: 0, end: text.length });
          hints.forEach((hint, i) => {
            assert.ok(hint.offset <= text.length && hint.label !== '');
            if (i > 0) assert.ok(hints[i - 1]!.offset <= hint.offset);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
