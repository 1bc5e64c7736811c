// Mutations of ladder files for the fuzz tests: lines deleted, duplicated, swapped, re-indented,
// truncated, values changed to other YAML types, binary lines, and YAML edge cases dropped in.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isLadderFileName } from '../../server/src/core/fileKinds';
import type { Random } from './random';

export const SAMPLES_DIR = resolve(__dirname, '..', '..', 'samples');

export interface Sample {
  name: string;
  text: string;
}

/** Every file of samples/, sorted by name. */
export function loadSamples(): Sample[] {
  return readdirSync(SAMPLES_DIR)
    .filter(isLadderFileName)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SAMPLES_DIR, name), 'utf8') }));
}

/** Values of other YAML types (and hostile ones) to put where a value was. */
export const VALUES = [
  '42',
  '-1',
  '0',
  '3.5',
  '1e309',
  '-.inf',
  '.nan',
  '0x1F',
  '0o17',
  '1_000',
  'true',
  'no',
  'null',
  '~',
  '""',
  "''",
  '[]',
  '{}',
  '[a, b]',
  '{a: 1}',
  '[[[]]]',
  '{x: [1, {y: 2}]}',
  '2026-11-01',
  '2026-02-30',
  '2026-13-45',
  '9999-99-99T99:99',
  '"x"',
  "'it''s'",
  '"\\u0000\\ud800"',
  '|\n  block text',
  '>-\n  folded\n  text',
  '*nowhere',
  '&anchor value',
  '!!str 5',
  '!!int x',
  '!!binary AAAA',
  '!!timestamp 2026-11-01',
  '!custom x',
  '!!js/function "function () { globalThis.__fuzzPwned = 1 }"',
  '!!python/object:os.system ["true"]',
  '!<tag:yaml.org,2002:js/undefined> x',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '__proto__: {polluted: 1}',
  'x'.repeat(2000),
  'é'.repeat(50),
  '😀 emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '\u202eevil',
  'a: b: c',
  '- item',
  '? key',
  ': value',
  '@reserved',
  '`backtick',
  '%percent',
  '#not a comment',
  'x #comment',
  'x\ty',
  '../../../../etc/passwd',
  '/dev/zero',
  '.',
  '..',
  'file:///etc/hosts',
  'C:\\\\Windows\\\\win.ini',
  'http://127.0.0.1:9/x.yaml',
  '\\\\server\\share\\x.ladder.yaml',
  'customer-engineering.ladder.yaml',
  'support.competencies.yaml',
  'priya-nair.assessment.yaml',
];

/** Lines and snippets that stress the YAML parser and the model builders. */
export const SNIPPETS = [
  '---',
  '...',
  '--- !!map',
  '%YAML 1.1',
  '%YAML 1.2\n---',
  '%TAG ! tag:example.com,2000:',
  '%BOGUS directive',
  '<<: *base',
  'x-base: &base {troubleshooting: 2}',
  'x-anchor: &a\n  id: copy\n  name: Copy',
  'x-alias: *a',
  '? [complex, key]\n: value',
  '? |\n  block key\n: v',
  '"unterminated',
  "'unterminated",
  '[unclosed',
  '{unclosed: ',
  ']',
  '}',
  '# just a comment',
  '\tkey: tab',
  'key:value',
  'key :value',
  '- - - x',
  '  - - [a, {b: [c]}]',
  `x-deep: ${'['.repeat(300)}${']'.repeat(300)}`,
  `x-long: ${'long '.repeat(4000)}`,
  'kind: Ladder',
  'kind: Competencies',
  'kind: SelfAssessment',
  'kind: Review',
  'kind: [Ladder]',
  'kind: ~',
  'ladder: ../../../../etc/passwd',
  'ladder: /dev/zero',
  'ladder: .',
  'ladder: missing.ladder.yaml',
  'include: [/dev/zero]',
  'include: [support.competencies.yaml, support.competencies.yaml]',
  'include: [customer-engineering.ladder.yaml]',
  '__proto__: {polluted: true}',
  'constructor: {prototype: {polluted: true}}',
  'ratings: {__proto__: 3, constructor: 2}',
  'id: dup\nid: dup',
  'next: [self, self]',
  'rank: -1',
  'rank: 1e400',
  'date: 0000-00-00',
  'since: 2999-01-01',
  'waivers: [{requirement: __proto__, reason: x}]',
  'checks: {peer-review: maybe}',
  'metrics: {x: .nan}',
  '\uFEFFkind: Ladder',
  'key: "\\ud800"',
  'key: \u2028line\u2029separators\u0085',
  'a: !!merge <<',
  '&lonely',
  '*lonely',
  'x: &a [*a]',
  'x: &b {self: *b}',
  '!!set {a, b}',
  '!!omap [a: 1, b: 2]',
  '!!pairs [a: 1]',
  'x: !!float "not a float"',
];

function splitLines(text: string): string[] {
  return text.split('\n');
}

/** A line of raw bytes: NUL and other control characters, lone surrogates, BOMs and separators. */
function binaryLine(random: Random): string {
  const specials = [
    '\u0000',
    '\u0001',
    '\u0007',
    '\u001b',
    '\u007f',
    '\ud800',
    '\udfff',
    '\ufffd',
    '\ufeff',
    '\u200b',
    '\u202e',
    '\u2028',
    '\u0085',
    '\r',
    '\t',
  ];
  const length = random.between(1, 80);
  let line = '';
  for (let i = 0; i < length; i++)
    line += random.chance(0.3) ? random.pick(specials) : String.fromCharCode(random.below(256));
  return line;
}

type Mutation = (lines: string[], random: Random) => string[];

const lineIndex = (lines: string[], random: Random) => random.below(Math.max(1, lines.length));

/** Lines that look like `key: value` with a value after the colon. */
function valueLines(lines: string[]): number[] {
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (/^\s*(?:- )?[^\s#:][^:]*:\s+\S/.test(line)) found.push(index);
  });
  return found;
}

export const MUTATIONS: Record<string, Mutation> = {
  deleteLine(lines, random) {
    const at = lineIndex(lines, random);
    return [...lines.slice(0, at), ...lines.slice(at + 1)];
  },
  deleteBlock(lines, random) {
    const at = lineIndex(lines, random);
    return [...lines.slice(0, at), ...lines.slice(at + random.between(2, 12))];
  },
  duplicateLine(lines, random) {
    const at = lineIndex(lines, random);
    const to = random.chance(0.5) ? at : lineIndex(lines, random);
    return [...lines.slice(0, to), lines[at] ?? '', ...lines.slice(to)];
  },
  swapLines(lines, random) {
    const a = lineIndex(lines, random);
    const b = lineIndex(lines, random);
    const copy = [...lines];
    [copy[a], copy[b]] = [copy[b] ?? '', copy[a] ?? ''];
    return copy;
  },
  reindent(lines, random) {
    const at = lineIndex(lines, random);
    const line = lines[at] ?? '';
    const body = line.replace(/^[ \t]*/, '');
    const indent = /^[ \t]*/.exec(line)![0];
    const choices = [
      '',
      ' ',
      '\t',
      `${indent} `,
      indent.slice(1),
      `${indent}  `,
      indent.slice(2),
      `${indent}\t`,
      ' '.repeat(random.between(0, 40)),
    ];
    const count = random.chance(0.3) ? random.between(2, 8) : 1;
    const replacement = random.pick(choices);
    return lines.map((l, i) =>
      i >= at && i < at + count ? replacement + (i === at ? body : l.replace(/^[ \t]*/, '')) : l,
    );
  },
  truncate(lines, random) {
    const text = lines.join('\n');
    return splitLines(text.slice(0, random.below(text.length + 1)));
  },
  changeType(lines, random) {
    const candidates = valueLines(lines);
    if (candidates.length === 0) return lines;
    const at = random.pick(candidates);
    const line = lines[at]!;
    const colon = line.indexOf(': ', /^\s*(?:- )?/.exec(line)![0].length);
    if (colon < 0) return lines;
    const indent = /^\s*/.exec(line)![0].length + 2;
    const value = random.pick(VALUES).replace(/\n/g, `\n${' '.repeat(indent)}`);
    const copy = [...lines];
    copy[at] = `${line.slice(0, colon)}: ${value}`;
    return copy;
  },
  replaceNested(lines, random) {
    // A key whose value is a nested block (`key:` alone on its line) gets a scalar or flow value.
    const candidates = lines.flatMap((line, index) => (/^\s*(?:- )?[\w-]+:\s*$/.test(line) ? [index] : []));
    if (candidates.length === 0) return lines;
    const at = random.pick(candidates);
    const copy = [...lines];
    copy[at] = `${copy[at]!.replace(/\s*$/, '')} ${random.pick(VALUES).split('\n')[0]}`;
    return copy;
  },
  swapIds(lines, random) {
    const ids = lines.flatMap((line) => /\bid: ([\w-]+)/.exec(line)?.[1] ?? []);
    if (ids.length < 2) return lines;
    const from = random.pick(ids);
    const to = random.pick(ids);
    const at = random.pick(lines.flatMap((line, index) => (line.includes(from) ? [index] : [])));
    const copy = [...lines];
    copy[at] = copy[at]!.replace(from, to);
    return copy;
  },
  binaryLines(lines, random) {
    const at = lineIndex(lines, random);
    const count = random.between(1, 3);
    return [...lines.slice(0, at), ...Array.from({ length: count }, () => binaryLine(random)), ...lines.slice(at)];
  },
  snippet(lines, random) {
    const at = lineIndex(lines, random);
    const indent = random.chance(0.5) ? '' : ' '.repeat(random.between(1, 6));
    const snippet = random
      .pick(SNIPPETS)
      .split('\n')
      .map((line) => indent + line);
    return [...lines.slice(0, at), ...snippet, ...lines.slice(at)];
  },
  lineEndings(lines, random) {
    return splitLines(lines.join(random.pick(['\r\n', '\r', '\n\n', '\u2028'])));
  },
  splitSurrogate(lines, random) {
    // An emoji cut in half: a lone high surrogate at a random place.
    const at = lineIndex(lines, random);
    const copy = [...lines];
    const line = copy[at] ?? '';
    const cut = random.below(line.length + 1);
    copy[at] = `${line.slice(0, cut)}\ud83d${line.slice(cut)}`;
    return copy;
  },
};

const NAMES = Object.keys(MUTATIONS);

/** The text after 1 to 4 random mutations, with their names (for failure messages). */
export function mutate(text: string, random: Random): { text: string; applied: string[] } {
  let lines = splitLines(text);
  const applied: string[] = [];
  const count = random.between(1, 4);
  for (let i = 0; i < count; i++) {
    const name = random.pick(NAMES);
    lines = MUTATIONS[name]!(lines, random);
    applied.push(name);
  }
  return { text: lines.join('\n'), applied };
}

/** Whole documents that are YAML edge cases on their own (each is checked as every kind of file). */
export const EDGE_DOCUMENTS: string[] = [
  '',
  '\n',
  '# only a comment\n',
  '---\n',
  '...\n',
  '--- |\n  a block scalar document\n',
  'kind: Ladder\n---\nkind: Ladder\n',
  'kind: Ladder\n...\n---\nid: second\n',
  '%YAML 1.2\n---\nkind: Ladder\n',
  '%YAML 9.9\n---\nkind: Ladder\n',
  'kind: Ladder\nid: x\nname: X\nscale: ~\ntracks: ~\nlevels: ~\n',
  'kind: Ladder\nid: x\nname: X\nscale: []\ntracks: []\nlevels: []\n',
  'kind: Ladder\nid: x\nname: X\nscale: [{id: 1}]\ntracks: [{id: t, name: T}]\nlevels: [{id: l, name: L, track: t, rank: 1, expectations: {nope: 1}, next: [l]}]\n',
  'kind: SelfAssessment\n',
  'kind: SelfAssessment\nladder: ~\nperson: ~\nlevel: ~\nratings: ~\n',
  'kind: SelfAssessment\nladder: customer-engineering.ladder.yaml\nperson: P\nlevel: customer-engineer\nratings: {troubleshooting: {rating: {rating: 3}}}\n',
  'kind: Competencies\ncompetencies: [~, 1, "x", [], {}]\n',
  '[1, 2, 3]\n',
  '"just a string"\n',
  '42\n',
  '!!binary AAAA\n',
  '&root\nkind: Ladder\nself: *root\n',
  'kind: &k Ladder\nid: *k\n',
  '? kind\n: Ladder\n',
  '{kind: Ladder, id: x, name: X, scale: [{id: 1}], tracks: [], levels: []}\n',
  'kind: Ladder\nkind: Competencies\n',
  '\uFEFFkind: Ladder\n',
  'kind: Ladder\r\nid: crlf\r\n',
  'kind:\tLadder\n',
  '\tkind: Ladder\n',
  'kind: Ladder\nlevels:\n- id: a\n  - id: b\n',
  'kind: Ladder\nx: "\\xff\\u0000"\n',
  `kind: Ladder\nx-deep: ${'{a: '.repeat(400)}1${'}'.repeat(400)}\n`,
  `kind: Ladder\nx-deep: ${'['.repeat(2000)}\n`,
  `kind: Ladder\nx-deep: ${'- '.repeat(2000)}x\n`,
  `kind: Ladder\nx-many: [${Array.from({ length: 20000 }, (_, i) => i).join(', ')}]\n`,
  `kind: SelfAssessment\nratings:\n${Array.from({ length: 5000 }, (_, i) => `  c${i}: 1`).join('\n')}\n`,
  `kind: Ladder\n${Array.from({ length: 3000 }, () => 'dup: 1').join('\n')}\n`,
  'kind: Ladder\n__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n',
  'kind: SelfAssessment\nladder: /dev/zero\n',
  'kind: SelfAssessment\nladder: ../../../../../../etc/passwd\n',
  'kind: Ladder\ninclude: [., .., /, /dev/stdin, "\\0"]\n',
  'kind: Review\n',
  'kind: Review\nassessment: ~\nreviewer: ~\nrole: ~\nratings: ~\nchecks: ~\nmetrics: ~\n',
  'kind: Review\nassessment: [alex-kim.assessment.yaml]\nreviewer: 5\nrole: boss\nratings: {troubleshooting: {rating: {rating: 3}}}\n',
  'kind: Review\nassessment: alex-kim.manager.review.yaml\nratings: {__proto__: 3, constructor: 2}\n',
  'kind: Review\nassessment: customer-engineering.ladder.yaml\n',
  'kind: Review\nassessment: /dev/zero\n',
  'kind: Review\nassessment: .\n',
  'kind: Review\nassessment: ../../../../../../etc/passwd\n',
];
