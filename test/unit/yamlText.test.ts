// The YAML the product writes: every string reads back as itself (in YAML 1.2 and 1.1), on one line,
// ids that are not slugs double-quoted, and comments that cannot end early.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Pair, YAMLMap, parse } from 'yaml';
import {
  commentLines,
  commentText,
  newYamlDocument,
  scalarNode,
  yamlDocumentText,
  yamlId,
  yamlScalar,
} from '../../server/src/core/text/yamlText';

const HOSTILE = [
  'a\nb: c',
  'cr\rx',
  'crlf\r\nx',
  'a: b',
  '#x',
  'a #x',
  "it's",
  '"q"',
  '&a',
  '*a',
  '!!str x',
  '!tag',
  '- x',
  '? x',
  '{a',
  '[a',
  'a,b',
  '}',
  '%YAML 1.2',
  '--- x',
  '...',
  '@x',
  '`x',
  '|x',
  '>x',
  ' lead',
  'trail ',
  '',
  'null',
  '~',
  'yes',
  'No',
  'on',
  'y',
  '3',
  '0x1f',
  '1_000',
  '12:30',
  '1e3',
  '2026-12-07',
  'x\u2028y\u2029z\u0085w',
  'bell\u0007 del\u007f c1\u0090',
  'tab\tx',
  'é ü',
  '😀',
  'x'.repeat(5000),
];

describe('generated YAML text', () => {
  it('writes a scalar on one line that reads back as itself, in a block, in a flow list, and as YAML 1.1', () => {
    for (const value of HOSTILE) {
      for (const text of [yamlScalar(value), yamlScalar(value, true), yamlId(value)]) {
        assert.doesNotMatch(text, /[\n\r\u0085\u2028\u2029]/, JSON.stringify(value));
        assert.equal(parse(`key: ${text}`).key, value, JSON.stringify(value));
        assert.equal(parse(`key: ${text}`, { version: '1.1' }).key, value, JSON.stringify(value));
      }
      assert.deepEqual(parse(`[${yamlScalar(value, true)}, ${yamlId(value)}]`), [value, value], JSON.stringify(value));
      if (value.length <= 1000) assert.deepEqual(parse(`${yamlId(value)}: 1`), { [value]: 1 }, JSON.stringify(value));
    }
  });

  it('leaves slugs and plain words as they are and quotes what YAML would misread', () => {
    assert.deepEqual(
      ['peer-review', 'III', 'Alex Kim', 'l.ladder.yaml', 3].map((v) => yamlScalar(v)),
      ['peer-review', 'III', 'Alex Kim', 'l.ladder.yaml', '3'],
    );
    assert.deepEqual(
      ['3', 'yes', 'No', 'a: b', '#1', '"quoted"', '2026-12-07'].map((v) => yamlScalar(v)),
      ['"3"', '"yes"', '"No"', '"a: b"', '"#1"', '"\\"quoted\\""', '"2026-12-07"'],
    );
    assert.deepEqual([yamlScalar('a,b'), yamlScalar('a,b', true)], ['a,b', '"a,b"']);
    assert.deepEqual(
      [yamlId('peer-review'), yamlId('Peer'), yamlId('a b'), yamlId('line\u2028break')],
      ['peer-review', '"Peer"', '"a b"', '"line\\Lbreak"'],
    );
  });

  it('makes a comment one line, whatever breaks or control characters it holds', () => {
    assert.equal(
      commentText('one\ntwo\r\n  three\rfour\u2028five\u2029six\u0085seven\u0007eight\tnine'),
      'one two three four five six seven eight\tnine',
    );
    assert.equal(commentLines('a\nwaivers: []', 'b'), ' a waivers: []\n b');
  });

  it('writes a document whose keys, values and comments hold only what they were given', () => {
    const doc = newYamlDocument();
    const map = new YAMLMap();
    for (const value of HOSTILE) {
      const pair = new Pair(scalarNode(value, { id: true }), scalarNode(value));
      (pair.value as ReturnType<typeof scalarNode>).comment = ` ${value}`;
      map.items.push(pair);
    }
    const key = map.items[0]!.key as ReturnType<typeof scalarNode>;
    key.commentBefore = ` before\rwaivers: []\u2028#`;
    doc.contents = map;
    const text = yamlDocumentText(doc);
    assert.doesNotMatch(text, /[\r\u0085\u2028\u2029\u007f\u0090]/);
    assert.deepEqual(parse(text), Object.fromEntries(HOSTILE.map((value) => [value, value])));
    assert.deepEqual(parse(text, { version: '1.1' }), Object.fromEntries(HOSTILE.map((value) => [value, value])));
  });
});
