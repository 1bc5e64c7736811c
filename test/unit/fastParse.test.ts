import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isMap, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generateAssessment, generateCatalogue, generateLadder, generateReview } from '../../bench/lib/generate.mjs';
import { analyzeFile, analyzeParsed } from '../../server/src/core/model/analyzeFile';
import { fastParseDocument } from '../../server/src/core/parse/fastParse';
import { PARSE_OPTIONS, parseYaml } from '../../server/src/core/parse/parseYaml';
import { toPlain } from '../../server/src/core/parse/toPlain';
import * as cliFixtures from '../cli/fixtures';

const REPO = join(import.meta.dirname, '..', '..');

/** Every own property of every node (and of the document), as plain data: what anything downstream can read. */
function shape(node: unknown): unknown {
  if (node === null || node === undefined || typeof node !== 'object') return node;
  const own: Record<string, unknown> = { class: node.constructor.name };
  for (const [key, value] of Object.entries(node)) {
    if (key === 'items' || key === 'key' || key === 'value' || key === 'range') continue;
    own[key] = value;
  }
  if ('range' in node) own['range'] = node.range;
  if (isScalar(node)) own['value'] = node.value;
  if (isPair(node)) Object.assign(own, { key: shape(node.key), value: shape(node.value) });
  if (isMap(node) || isSeq(node)) own['items'] = node.items.map(shape);
  return own;
}

function documentShape(doc: Document): unknown {
  return {
    contents: shape(doc.contents),
    range: doc.range,
    errors: doc.errors,
    warnings: doc.warnings,
    comment: doc.comment,
    commentBefore: doc.commentBefore,
    directives: JSON.parse(JSON.stringify(doc.directives)),
    options: doc.options,
    schema: doc.schema.name,
    text: doc.toString(),
  };
}

/**
 * Compares the fast parse with yaml's, and its plain data with toPlain's of yaml's document (own
 * properties and their order, `__proto__` included); true when the fast path took the text.
 */
function sameAsYaml(text: string, name: string): boolean {
  const fast = fastParseDocument(text);
  if (!fast) return false;
  const yamlDoc = parseDocument(text, PARSE_OPTIONS);
  assert.deepStrictEqual(documentShape(fast.doc), documentShape(yamlDoc), name);
  const plain = toPlain(yamlDoc);
  assert.deepStrictEqual(fast.plain, plain, name);
  assert.equal(JSON.stringify(fast.plain), JSON.stringify(plain), name);
  return true;
}

/** The analysis with the fast path and with yaml alone: diagnostics and model must be the same. */
function sameAnalysis(uri: string, text: string): void {
  const fast = analyzeFile(uri, text);
  const full = analyzeParsed(uri, text, parseYaml(text, { fast: false }));
  assert.deepStrictEqual(fast.diagnostics, full.diagnostics, uri);
  assert.deepStrictEqual(fast.model, full.model, uri);
  assert.equal(fast.kind, full.kind, uri);
}

function samples(): [string, string][] {
  const folder = join(REPO, 'samples');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => [name, readFileSync(join(folder, name), 'utf8')]);
}

/** The benchmark workspace generator's files, at a small size. */
function generated(): [string, string][] {
  const catalogue = generateCatalogue();
  const files: [string, string][] = [['shared.competencies.yaml', catalogue.text]];
  for (const [i, lines] of [400, 1200].entries()) {
    const id = `org-${i + 1}`;
    const ladder = generateLadder({ id, targetLines: lines, catalogue, cataloguePath: 'shared.competencies.yaml' });
    files.push([`${id}.ladder.yaml`, ladder.text]);
    for (let n = 1; n <= 12; n++) {
      files.push([
        `${id}-${n}.assessment.yaml`,
        generateAssessment({ ladder, ladderPath: `${id}.ladder.yaml`, index: n, seed: `fast/${i}/${n}` }),
      ]);
    }
    files.push([
      `${id}.peer.review.yaml`,
      generateReview({ ladder, assessmentPath: `${id}-1.assessment.yaml`, index: 1, seed: `fast/${i}` }),
    ]);
  }
  return files;
}

const fixtures = (): [string, string][] =>
  Object.entries(cliFixtures as Record<string, unknown>).flatMap(([name, text]): [string, string][] =>
    typeof text === 'string' ? [[`${name.toLowerCase()}.yaml`, text]] : [],
  );

/**
 * Broken variants of a text, a few lines apart: a line dropped, a line repeated (duplicate keys), a
 * line indented by one more space, a key misspelt, a value turned into a number or a flow list cut short.
 */
function brokenVariants(text: string): string[] {
  const lines = text.split('\n');
  const variants: string[] = [];
  for (let i = 1; i < lines.length; i += Math.max(1, Math.floor(lines.length / 7))) {
    const edit = (line: string[]) => [...lines.slice(0, i), ...line, ...lines.slice(i + 1)].join('\n');
    const line = lines[i]!;
    variants.push(edit([]), edit([line, line]), edit([` ${line}`]));
    variants.push(edit([line.replace(/^(\s*(?:- )?)([a-z])/, '$1x$2')]), edit([line.replace(/: .*$/, ': 12')]));
    variants.push(edit([line.replace(/\]$/, '')]));
  }
  return variants;
}

/** Small texts at the edges of the subset: each either takes the fast path with yaml's nodes, or is left to yaml. */
const EDGES = [
  'a: 1\nb:\n  - x\n  - {l: y, f: 2024-01-01}\n\nc: "q" \nd:\ne: 1.50\n',
  'a:  \nb:\n- x\n\n-   y  \nc:\n\n  - z\nd:\n  e: 1\n\n  f: [a, b ,c]\ng: {}\nh: []\n\n\n',
  '\na:\n\n  e: 1\nb:\n\n  - k: 1\n\n    j: 2\n\n  - k: 3\n  - \n    m: 4\n',
  'a: 1',
  'a:',
  'a: [x ]\nb: {k: v }\nc: [ x, y ]\nd: { k: v }\n',
  "a: 'single'\nb: 'it''s'\nc: \"esc\\n\"\nd: \"\"\ne: ''\n",
  'a: true\nb: False\nc: null\nd: ~\ne: 0x1F\nf: 0o17\ng: .inf\nh: -.5\ni: 1e3\nj: 007\nk: +1\nl: NULL\n',
  '1: one\ntrue: yes\nnull: x\n',
  'a: b: c\n',
  'a: 1\na: 2\n',
  'a: {k: 1, k: 2}\n',
  'a: x\n  y\n',
  'a:\n  b: 1\n c: 2\n',
  '- a\n- b\n',
  '- a: 1\n  b: 2\n- c: 3\n',
  'a:\n  - - x\n',
  'a: -1\nb: -x\nc: - x\n',
  'a: x # comment\n',
  'a: &anchor 1\nb: *anchor\n',
  'a: !!str 1\n',
  'a: |\n  text\n',
  '---\na: 1\n',
  'a: [1, 2,]\n',
  'a: {x: [1]}\n',
  'a: http://x.y/z\nb: [http://x]\n',
  'key with spaces: value with spaces\n',
  'a : 1\n',
  'a:\tb\n',
  'a: 1\r\nb: 2\r\n',
  '"quoted": key\n',
  'a: "unterminated\n',
  "a: 'x' y\n",
  'a: ,x\n',
  'a: x,y\nb: [x y, z]\n',
  'a:\n  - 1\n  -\n  - 2\n',
  'kind: Ladder\nlevels:\n  - id: x\n    next: [a, b]\n    expectations: {writing: 2}\n',
  'a: 1\n...\n',
  'a: 2.0\nb: 2.10\nc: 1_000\nd: 0.\n',
  '# top\n# two\nkind: L\nlevels:\n  # c\n  - id: x\n  # d\n  - id: y\n\n  # g\n  - id: z\nm:\n  # e\n  k: 1\n  # f\n  j: 2\n',
  'a:\n  - d: >-\n      one two\n      three\n\n    n: 1\n  - e: |\n      x\n      y\nb: >\n  z\nc: |-\n  w\n',
  '# top\n\nkind: L\n',
  'kind: L\n# end\n',
  '#\nkind: L\n',
  'a:\n  # d\n\n  - x\n',
  'a:\n  b: 1\n# less indented\n  c: 2\n',
  'a: >\n  x\n    more indented\n',
  'a: >2\n  x\n',
  'a: |\n  # not a comment\n  x\n',
  '__proto__: 1\nconstructor: {__proto__: 2}\nlist:\n  - __proto__: 3\n',
  'a: .inf\nb: -.Inf\nc: .nan\nd: [.inf, 1, +.INF]\ne: {k: .NaN}\n',
  '2: b\n1: a\nz: {1: x, 0: y}\n',
  '.inf: a\nInfinity: b\n',
  'k9: 9\nk1: 1\n2: two\n__proto__: p\nk3: 3\n1: one\nk5: 5\nconstructor: c\nk7: 7\nk8: 8\nm: {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, 0: 8, __proto__: 9}\n',
  'a: Null\nb: nULL\nc: ~\nd: +x\ne: .x\nf: 0x\ng: Yes\nh: tRUE\ni: f\nj: -x1\nk: 1-2\nl: 12:30\n',
  `h:\n  - {level: a, from: "2024-01-02", to: '2025-03-04'}\n  - {l: "a, b" , m: 'c: d',n: "" }\nq: ["x", 'y' ,z, "[1]"]\n`,
  `a: {k: 'it''s'}\nb: ["e\\n"]\nc: ['x' y]\nd: {'k': v}\ne: ["unterminated]\n`,
  `a: {k: "x"y}\n`,
  `a: ['x',]\n`,
  'a: nully\nb: trueish\nc: f\nd: NULLx\ne: Truex\nf: FALSE\ng: tRue\nnull-ish: t\nTrue: 1\n',
];

describe('the fast parse', () => {
  it('leaves an empty value to yaml, which ends it (and the document) by the comments and blank lines after it', () => {
    assert.equal(fastParseDocument('a:\n  b:\n'), undefined);
    assert.equal(fastParseDocument('a:\n  - all-of:\n\n  # next\n  - x: 1\n'), undefined);
    assert.notEqual(fastParseDocument('a:\n  b: 1\n'), undefined);
  });

  it('builds the nodes yaml builds, for every edge case it takes', () => {
    const taken = EDGES.flatMap((text, i) => (sameAsYaml(text, `edge ${i}: ${JSON.stringify(text)}`) ? [i] : []));
    // the plain cases are taken; empty values, trailing comments, anchors, tags, escapes, errors and anything unusual are not
    assert.deepEqual(taken, [3, 5, 7, 8, 14, 15, 21, 26, 34, 36, 38, 39, 40, 49, 50, 51, 52, 53, 54, 55, 59]);
  });

  it('types its scalars and pairs through their prototype, not one property per node, and yaml reads them alike', () => {
    const text = generated().find(([name]) => name === 'org-1-1.assessment.yaml')![1];
    const fast = fastParseDocument(text)!.doc;
    const full = parseDocument(text, PARSE_OPTIONS);
    const kinds = (doc: Document) => {
      const found: string[] = [];
      visit(doc, (_key, node) => {
        found.push(`${isScalar(node)}/${isPair(node)}/${isMap(node)}/${isSeq(node)}/${isNode(node)}`);
      });
      return found;
    };
    assert.deepEqual(kinds(fast), kinds(full));
    let typed = 0;
    visit(fast, {
      // yaml's boolean tag makes its own node
      Scalar: (_key, node) =>
        void (typed += typeof node.value === 'boolean' ? 0 : Object.getOwnPropertySymbols(node).length),
      Pair: (_key, pair) => {
        typed += Object.getOwnPropertySymbols(pair).length;
        const copy = pair.clone();
        assert.ok(isPair(copy) && isScalar(copy.key));
        assert.deepEqual(copy.toJSON(), pair.toJSON());
      },
    });
    assert.equal(typed, 0);
    assert.equal(fast.toString(), full.toString());
  });

  it('builds the nodes yaml builds for every sample and fixture, and takes most of them', () => {
    const files = [...samples(), ...fixtures()];
    const taken = files.filter(([name, text]) => sameAsYaml(text, name)).map(([name]) => name);
    assert.ok(taken.length > 0);
  });

  it('builds the nodes yaml builds for every file of the benchmark workspace, and takes them all', () => {
    const files = generated();
    const taken = files.filter(([name, text]) => sameAsYaml(text, name));
    assert.equal(taken.length, files.length);
  });

  it('gives the same diagnostics and model as a parse by yaml, for every sample, fixture and generated file', () => {
    for (const [name, text] of [...samples(), ...fixtures(), ...generated()]) sameAnalysis(`file:///w/${name}`, text);
  });

  it('gives the same diagnostics and model as a parse by yaml for broken variants of every sample and fixture', () => {
    let taken = 0;
    for (const [name, text] of [...samples(), ...fixtures()])
      for (const [i, variant] of brokenVariants(text).entries()) {
        sameAnalysis(`file:///w/${i}-${name}`, variant);
        if (fastParseDocument(variant)) taken++;
      }
    // some broken files are still plain YAML (a line dropped, a key misspelt), and take the fast path
    assert.ok(taken > 0);
  });
});
