import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { formatEdits } from '../../../server/src/core/features/format';
import { formatYaml } from '../../../server/src/core/features/formatYaml';
import { kindFromFileName } from '../../../server/src/core/fileKinds';
import { diffLines } from '../../../server/src/core/text/lineDiff';
import { applyEdits, yaml } from '../helpers';

const SAMPLES = new URL('../../../samples/', import.meta.url);

const MESSY_LADDER = yaml`
  # The header comment stays.
  kind:   Ladder
  name: Messy   # a trailing comment
  id: messy
  scale:
  - id: 1
    name: Learning
  -   id: 2
      name: "Practising"


  levels:
      - id: a
        name: A
        rank: 1
        track: ic
        next: [ b ,c ]
        summary: >-
             Folded text
             over two lines
  tracks:
    - { id: ic, name: IC }
`;

const TIDY_LADDER = yaml`
  # The header comment stays.
  kind: Ladder
  name: Messy # a trailing comment
  id: messy
  scale:
    - id: 1
      name: Learning
    - id: 2
      name: "Practising"

  levels:
    - id: a
      name: A
      rank: 1
      track: ic
      next: [b, c]
      summary: >-
        Folded text
        over two lines
  tracks:
    - {id: ic, name: IC}
`;

describe('format: the printed text', () => {
  it('indents by two, lines up list items under their key, keeps comments, quotes and one blank line', () => {
    assert.equal(formatYaml(MESSY_LADDER, 'Ladder'), TIDY_LADDER);
  });

  it('orders keys as the schema lists them only when asked, unknown keys last, blank lines with their key', () => {
    const sorted = formatYaml(MESSY_LADDER, 'Ladder', { sortKeys: true });
    assert.equal(
      sorted,
      yaml`
        # The header comment stays.
        kind: Ladder
        id: messy
        name: Messy # a trailing comment
        scale:
          - id: 1
            name: Learning
          - id: 2
            name: "Practising"
        tracks:
          - {id: ic, name: IC}

        levels:
          - id: a
            name: A
            track: ic
            rank: 1
            summary: >-
              Folded text
              over two lines
            next: [b, c]
      `,
    );
    assert.equal(
      formatYaml('kind: Review\nx-team: blue\nrole: peer\nassessment: a.assessment.yaml\n', undefined, {
        sortKeys: true,
      }),
      'kind: Review\nassessment: a.assessment.yaml\nrole: peer\nx-team: blue\n',
    );
  });

  it('keeps quoted dates quoted and plain dates plain', () => {
    const text = 'kind: SelfAssessment\ndate:   "2024-01-01"\nsince: 2024-02-01\nperson: \'Kim\'\n';
    assert.equal(
      formatYaml(text, 'SelfAssessment'),
      'kind: SelfAssessment\ndate: "2024-01-01"\nsince: 2024-02-01\nperson: \'Kim\'\n',
    );
  });

  it('keeps the lines of multi-line plain, quoted and literal scalars, moved to their new indentation', () => {
    const text =
      'waivers:\n- requirement: tenure\n  reason: Urgent need\n     approved by the director.\n  note: "one\n    two"\nlog: |\n    first\n      indented\n';
    assert.equal(
      formatYaml(text, 'SelfAssessment'),
      'waivers:\n  - requirement: tenure\n    reason: Urgent need\n      approved by the director.\n    note: "one\n      two"\nlog: |\n  first\n    indented\n',
    );
  });

  it('keeps CRLF line ends', () => {
    assert.equal(
      formatYaml('kind: Ladder\r\nscale:\r\n- id: 1\r\n', 'Ladder'),
      'kind: Ladder\r\nscale:\r\n  - id: 1\r\n',
    );
  });

  it('does not format a text with a YAML syntax error, a tab indentation or a lone carriage return', () => {
    assert.equal(formatYaml('kind: Ladder\nlevels: [a, b\n', 'Ladder'), undefined);
    assert.equal(formatYaml('kind: Ladder\nscale:\n\t- id: 1\n', 'Ladder'), undefined);
    assert.equal(formatYaml('kind: Ladder\rid: x\n', 'Ladder'), undefined);
    assert.deepEqual(formatEdits('kind: Ladder\nname: [unclosed\n  - id:  1\n', 'Ladder'), []);
  });

  it('formats data that holds itself through an alias, and leaves data nested thousands deep alone', () => {
    assert.equal(formatYaml('x:   &a [ *a,  1 ]\n', 'Review'), 'x: &a [*a, 1]\n');
    const deep = `x: ${'['.repeat(3000)}${']'.repeat(3000)}\n`;
    assert.equal(formatYaml(deep, 'Review'), undefined);
  });
});

describe('format: edits', () => {
  it('replaces only the runs of changed lines, and applying them gives the formatted text', () => {
    const text = 'kind: Ladder\nscale:\n- id: 1\nid: x\nname:    X\n';
    const edits = formatEdits(text, 'Ladder');
    assert.deepEqual(edits, [
      { span: { start: 20, end: 28 }, newText: '  - id: 1\n' },
      { span: { start: 34, end: 45 }, newText: 'name: X\n' },
    ]);
    assert.equal(applyEdits(text, edits), 'kind: Ladder\nscale:\n  - id: 1\nid: x\nname: X\n');
  });

  it('returns nothing for a formatted text', () => {
    assert.deepEqual(formatEdits(TIDY_LADDER, 'Ladder'), []);
  });

  it('formats a selection by the top-level entries it touches, leaving the others as they are', () => {
    const text = 'kind: Ladder\nscale:\n- id: 1\n- id: 2\ntracks:\n- id: ic\n-   id: m\n';
    const inScale = text.indexOf('- id: 2');
    const edits = formatEdits(text, 'Ladder', { span: { start: inScale, end: inScale } });
    assert.equal(applyEdits(text, edits), 'kind: Ladder\nscale:\n  - id: 1\n  - id: 2\ntracks:\n- id: ic\n-   id: m\n');
    const inTracks = text.indexOf('ic');
    assert.equal(
      applyEdits(text, formatEdits(text, 'Ladder', { span: { start: inTracks, end: text.length } })),
      'kind: Ladder\nscale:\n- id: 1\n- id: 2\ntracks:\n  - id: ic\n  - id: m\n',
    );
  });
});

describe('format: every sample', () => {
  for (const name of readdirSync(SAMPLES).filter((file) => file.endsWith('.yaml'))) {
    it(`${name}: formatting keeps the data, and formatting the result changes nothing`, () => {
      const text = readFileSync(new URL(name, SAMPLES), 'utf8');
      for (const sortKeys of [false, true]) {
        const once = formatYaml(text, kindFromFileName(name), { sortKeys });
        assert.ok(once !== undefined, `${name} was not formatted`);
        assert.deepEqual(parseDocument(once).toJS(), parseDocument(text).toJS());
        assert.equal(formatYaml(once, kindFromFileName(name), { sortKeys }), once);
        // The samples are written the way the formatter prints them.
        assert.equal(once, text);
      }
    });
  }

  for (const name of readdirSync(SAMPLES).filter((file) => file.endsWith('.yaml'))) {
    it(`${name}, indented by four with items four after their dash: formatted back to the sample`, () => {
      const text = readFileSync(new URL(name, SAMPLES), 'utf8');
      const messy = text
        .split('\n')
        .map((line) => (/^ *- /.test(line) ? line.replace(/^( *)- /, '$1$1-   ') : line.replace(/^( +)/, '$1$1')))
        .join('\n');
      assert.notEqual(messy, text);
      const once = formatYaml(messy, kindFromFileName(name));
      assert.equal(once, text);
      assert.equal(applyEdits(messy, formatEdits(messy, kindFromFileName(name))), text);
    });
  }
});

describe('lineDiff', () => {
  it('finds the changed runs of lines', () => {
    assert.deepEqual(diffLines(['a', 'b', 'c', 'd', 'e'], ['a', 'x', 'c', 'd', 'y', 'e']), [
      { oldStart: 1, oldEnd: 2, newStart: 1, newEnd: 2 },
      { oldStart: 4, oldEnd: 4, newStart: 4, newEnd: 5 },
    ]);
    assert.deepEqual(diffLines(['a'], ['a']), []);
  });

  it('gives one hunk for the differing middle when over its budget', () => {
    assert.deepEqual(diffLines(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd'], 1), [
      { oldStart: 1, oldEnd: 3, newStart: 1, newEnd: 3 },
    ]);
  });
});
