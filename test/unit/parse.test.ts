// Parsing one file: YAML problems, size and binary limits, alias bombs, nesting, and how the kind is found.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseYaml } from '../../server/src/core/parse/parseYaml';
import { deref, walk } from '../../server/src/core/parse/nodes';
import { ExpansionLimitError, toPlain } from '../../server/src/core/parse/toPlain';
import { isAlias, type Node } from 'yaml';
import { BASE_LADDER, analyze, applyFix, diagnosticsOf, edit, seen, seenWithMessage, withCode, yaml } from './helpers';

const LADDER_HEAD = 'kind: Ladder\nid: x\nname: X\nscale: [{id: 1}]\ntracks: [{id: core}]\n';

describe('YAML syntax', () => {
  it('reports a syntax error where the parser stopped and still checks the rest of the file', () => {
    const text = yaml`
      kind: Ladder
      id: [
      name: X
      scale: [{id: 1}]
      tracks: []
      levels: []
      bogus: 1
    `;
    const result = analyze('a.ladder.yaml', text);
    assert.deepEqual(seenWithMessage(text, result.diagnostics), [
      {
        code: 'yaml-syntax',
        severity: 'error',
        text: 'n',
        message: 'Flow sequence in block collection must be sufficiently indented and end with a ]',
      },
      { code: 'unknown-key', severity: 'error', text: 'bogus', message: "Unknown key 'bogus' in the document." },
      { code: 'wrong-type', severity: 'error', text: '[\n', message: "'id' should be text, not a list." },
    ]);
    assert.equal(result.kind, 'Ladder');
    assert.ok(result.model, 'the model is still built');
  });

  it('still runs the semantic checks after a syntax error', () => {
    const text = BASE_LADDER.replace('name: Base Ladder\n', 'name: Base Ladder\nx-note: [unclosed\n').replace(
      'track: ic\n    rank: 2',
      'track: icc\n    rank: 2',
    );
    assert.notEqual(text, BASE_LADDER);
    const found = diagnosticsOf({ 'a.ladder.yaml': text }, 'a.ladder.yaml');
    assert.deepEqual(
      seen(text, found).map((d) => [d.code, d.text]),
      [
        ['yaml-syntax', 's'],
        ['unknown-reference', 'icc'],
      ],
    );
  });

  it('reads a file with an unterminated string as far as it can', () => {
    const text = 'kind: Competencies\ncompetencies: []\nname: "open\n';
    const result = analyze('a.competencies.yaml', text);
    assert.deepEqual(withCode(result.diagnostics, 'yaml-syntax').length, 1);
    assert.equal(result.model?.kind, 'Competencies');
  });

  it('reports extra documents in one file', () => {
    const text = '---\nkind: Ladder\n---\nkind: Ladder\n';
    const found = withCode(analyze('a.ladder.yaml', text).diagnostics, 'yaml-syntax');
    assert.deepEqual(seen(text, found), [{ code: 'yaml-syntax', severity: 'error', text: '---\nkind: Ladder\n' }]);
  });

  it('strips the parser position from messages', () => {
    const text = 'kind: Ladder\na: [x\nb: y\n';
    const found = withCode(analyze('a.ladder.yaml', text).diagnostics, 'yaml-syntax');
    assert.ok(found.length > 0);
    for (const d of found) assert.doesNotMatch(d.message, /at line \d+, column \d+/);
  });
});

describe('duplicate keys', () => {
  it('marks the whole second key, at the top level', () => {
    const text = 'kind: Ladder\nid: a\nid: b\n';
    const found = withCode(analyze('a.ladder.yaml', text).diagnostics, 'duplicate-key');
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'duplicate-key',
        severity: 'error',
        text: 'id',
        message: 'This key appears twice in the same mapping; keys must be unique.',
      },
    ]);
    assert.equal(found[0]!.span.start, text.lastIndexOf('id'));
  });

  it('marks nested and flow duplicates, and every repeat', () => {
    const text = yaml`
      kind: SelfAssessment
      ladder: l.ladder.yaml
      ratings:
        networking: 1
        networking: 2
        networking: 3
      checks: {peer-review: passed, peer-review: failed}
    `;
    const found = withCode(analyze('a.assessment.yaml', text).diagnostics, 'duplicate-key');
    assert.deepEqual(
      found.map((d) => [text.slice(d.span.start, d.span.end), d.span.start]),
      [
        ['networking', text.indexOf('networking: 2')],
        ['networking', text.indexOf('networking: 3')],
        ['peer-review', text.indexOf('peer-review: failed')],
      ],
    );
  });

  it('does not confuse equal-looking keys of different types or different mappings', () => {
    const text = yaml`
      kind: Competencies
      competencies:
        - id: a
          descriptors: {1: one, "1x": other}
        - id: b
          descriptors: {1: one}
    `;
    assert.deepEqual(withCode(analyze('a.competencies.yaml', text).diagnostics, 'duplicate-key'), []);
  });

  it('finds a duplicate in a large mapping (its growth is measured in test/robustness/parseGrowth.test.ts)', () => {
    const lines = ['kind: SelfAssessment', 'ladder: l.ladder.yaml', 'x-big:'];
    for (let i = 0; i < 2_000; i++) lines.push(`  k${i}: ${i}`);
    lines.push('  k17: again');
    const text = `${lines.join('\n')}\n`;
    const found = withCode(parseYaml(text).diagnostics, 'duplicate-key');
    assert.deepEqual(seen(text, found), [{ code: 'duplicate-key', severity: 'error', text: 'k17' }]);
  });
});

describe('tags', () => {
  it('warns about an unknown tag and reads the value as text', () => {
    const text = `${LADDER_HEAD}levels: []\nname: !shout Loud\n`.replace('name: X\n', '');
    const result = analyze('a.ladder.yaml', text);
    assert.deepEqual(seenWithMessage(text, result.diagnostics), [
      {
        code: 'unknown-tag',
        severity: 'warning',
        text: '!shout',
        message: 'Unresolved tag: !shout. The tag is ignored and the value is read as plain text.',
      },
    ]);
    assert.equal(result.model?.kind === 'Ladder' && result.model.name, 'Loud');
  });
});

describe('other YAML warnings', () => {
  it('warns about an unknown directive and reads the document', () => {
    const text = '%FOO bar\n---\nkind: Competencies\ncompetencies: []\n';
    const result = analyze('a.competencies.yaml', text);
    assert.deepEqual(seenWithMessage(text, result.diagnostics), [
      { code: 'yaml-warning', severity: 'warning', text: '%FOO bar', message: 'Unknown directive %FOO' },
    ]);
    assert.equal(result.model?.kind, 'Competencies');
  });
});

describe('limits', () => {
  it('refuses a file over the size limit on its first line', () => {
    const text = 'kind: Ladder\nid: x\n';
    const result = analyze('a.ladder.yaml', text, 10);
    assert.deepEqual(seen(text, result.diagnostics), [
      { code: 'file-too-large', severity: 'error', text: 'kind: Ladder' },
    ]);
    assert.match(
      result.diagnostics[0]!.message,
      /^This file is 0\.0 KB, over the 0\.0 KB limit|^This file is 19 characters, over the 10 characters limit, so it was not checked/,
    );
    assert.equal(result.model, undefined);
    assert.equal(result.parsed.doc, undefined);
  });

  it('accepts a file exactly at the size limit', () => {
    const text = BASE_LADDER;
    assert.deepEqual(analyze('a.ladder.yaml', text, text.length).diagnostics, []);
  });

  it('refuses binary content', () => {
    const text = 'kind: Ladder\n\u0000\u0001\u0002PNG';
    const result = analyze('a.ladder.yaml', text);
    assert.deepEqual(seenWithMessage(text, result.diagnostics), [
      {
        code: 'binary-file',
        severity: 'error',
        text: 'kind: Ladder',
        message: 'This file is not text (it contains NUL or control characters), so it cannot be a ladder file.',
      },
    ]);
    assert.equal(result.model, undefined);
  });

  it('refuses text that is mostly control characters even without NUL', () => {
    const text = '\u0001\u0002\u0003\u0004\u0005abc';
    assert.deepEqual(
      analyze('a.ladder.yaml', text).diagnostics.map((d) => d.code),
      ['binary-file'],
    );
  });

  it('counts replacement characters as control characters, and accepts a few of either', () => {
    const codes = (text: string) => analyze('a.ladder.yaml', text).diagnostics.map((d) => d.code);
    assert.deepEqual(codes(`${'\ufffd'.repeat(20)}abc`), ['binary-file']);
    assert.ok(!codes(`kind: Ladder\nname: "\u0001\ufffd"\n# ${'x'.repeat(100)}\n`).includes('binary-file'));
  });

  it('accepts tabs, CRLF line ends and non-ASCII text', () => {
    const text = edit(BASE_LADDER, 'name: Base Ladder', 'name: "Échelle\tdes métiers 🚀"').replace(/\n/g, '\r\n');
    assert.deepEqual(analyze('a.ladder.yaml', text).diagnostics, []);
  });
});

describe('aliases', () => {
  function billionLaughs(): string {
    const lines = ['kind: Ladder', 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) {
      const previous = names[i - 1]!;
      lines.push(`x-${names[i]}: &${names[i]} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    return `${lines.join('\n')}\n`;
  }

  it('stops a billion-laughs bomb quickly with an error on the alias that blew the budget', () => {
    const text = billionLaughs();
    const result = analyze('a.ladder.yaml', text);
    assert.deepEqual(seen(text, result.diagnostics), [{ code: 'alias-expansion', severity: 'error', text: '*e' }]);
    assert.match(
      result.diagnostics[0]!.message,
      /^Aliases here expand to more than [\d,]+ values \(an "alias bomb"\); the file was not checked further\.$/,
    );
    assert.equal(result.model, undefined);
  });

  it('accepts a ladder that reuses one anchor 150 times', () => {
    const levels = Array.from(
      { length: 150 },
      (_, i) =>
        `  - id: level-${i + 1}\n    name: Level ${i + 1}\n    track: core\n    rank: ${i + 1}\n    expectations: *base`,
    );
    const text = `${LADDER_HEAD.replace('scale: [{id: 1}]', 'scale: [{id: 1}, {id: 2}]')}competencies: [{id: troubleshooting}]\nx-base: &base {troubleshooting: 2}\nlevels:\n${levels.join('\n')}\n`;
    const result = analyze('a.ladder.yaml', text);
    assert.deepEqual(result.diagnostics, []);
    assert.deepEqual(diagnosticsOf({ 'a.ladder.yaml': text }, 'a.ladder.yaml'), [], 'no semantic diagnostics either');
    const model = result.model;
    assert.equal(model?.kind, 'Ladder');
    if (model?.kind !== 'Ladder') return;
    assert.equal(model.levels.length, 150);
    for (const level of model.levels)
      assert.deepEqual(
        level.expectations.map((e) => [e.competency.value, e.min?.value]),
        [['troubleshooting', 2]],
      );
    // Every level's expectation points at the anchored text.
    const anchored = text.indexOf('troubleshooting: 2');
    assert.equal(model.levels[149]!.expectations[0]!.competency.span.start, anchored);
  });

  it('reads thousands of aliases (their growth is measured in test/robustness/parseGrowth.test.ts)', () => {
    const lines = ['kind: SelfAssessment', 'ladder: l.ladder.yaml', 'x-rating: &r 2', 'ratings:'];
    for (let i = 0; i < 2_000; i++) lines.push(`  c${i}: *r`);
    const text = `${lines.join('\n')}\n`;
    const result = analyze('a.assessment.yaml', text);
    assert.deepEqual(result.diagnostics, []);
    assert.equal(result.model?.kind === 'SelfAssessment' && result.model.ratings[1_999]!.value?.value, 2);
  });

  it('resolves an alias to the last anchor of that name before it', () => {
    const text = 'a: &x 1\nb: *x\nc: &x 2\nd: *x\n';
    const doc = parseYaml(text).doc!;
    const aliases: Node[] = [];
    walk(doc, (node) => {
      if (isAlias(node)) aliases.push(node);
    });
    assert.deepEqual(
      aliases.map((alias) => (deref(doc, alias) as { value?: unknown }).value),
      [1, 2],
    );
    assert.deepEqual(toPlain(doc), { a: 1, b: 1, c: 2, d: 2 });
  });

  it('reports an alias to an unknown anchor instead of reading it as nothing', () => {
    const text = 'kind: SelfAssessment\nladder: l.ladder.yaml\nratings:\n  troubleshooting: *two\nx-later: &two 2\n';
    const result = analyze('a.assessment.yaml', text);
    assert.deepEqual(seenWithMessage(text, result.diagnostics), [
      {
        code: 'yaml-syntax',
        severity: 'error',
        text: '*two',
        message: "Unknown alias '*two': an anchor '&two' must come before it.",
      },
    ]);
  });

  it('gives toPlain a hard budget', () => {
    const doc = parseYaml('a: &a [1, 2, 3]\nb: [*a, *a, *a]\n').doc!;
    assert.throws(() => toPlain(doc, 5), ExpansionLimitError);
    assert.deepEqual(toPlain(doc, 100), {
      a: [1, 2, 3],
      b: [
        [1, 2, 3],
        [1, 2, 3],
        [1, 2, 3],
      ],
    });
  });
});

describe('nesting', () => {
  it('stops at more than 256 levels of nesting', () => {
    const text = `kind: Ladder\nx-deep: ${'['.repeat(300)}${']'.repeat(300)}\n`;
    const result = analyze('a.ladder.yaml', text);
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.severity, d.message]),
      [['too-deep', 'error', 'Values are nested more than 256 levels deep; the file was not checked further.']],
    );
    const span = result.diagnostics[0]!.span;
    assert.equal(text.slice(span.start, span.end), `${'['.repeat(44)}${']'.repeat(44)}`);
    assert.equal(result.model, undefined);
  });

  it('does not crash when the parser itself runs out of stack', () => {
    const text = `kind: Ladder\nx-deep: ${'{a: '.repeat(3000)}1${'}'.repeat(3000)}\n`;
    const result = analyze('a.ladder.yaml', text);
    assert.ok(result.diagnostics.some((d) => d.severity === 'error'));
    assert.equal(result.model, undefined);
  });
});

describe('kind', () => {
  it('reports a file that is not a mapping', () => {
    const text = '- 1\n- 2\n';
    const result = analyze('a.ladder.yaml', text);
    assert.deepEqual(seenWithMessage(text, result.diagnostics), [
      {
        code: 'not-a-mapping',
        severity: 'error',
        text: '- 1\n- 2\n',
        message:
          'A ladder file must be a mapping that starts with `kind: Ladder`, `kind: Competencies`, `kind: SelfAssessment` or `kind: Review`.',
      },
    ]);
    assert.equal(result.kind, undefined);
  });

  it('reports an empty ladder file at its start', () => {
    const result = analyze('a.ladder.yaml', '');
    assert.deepEqual(
      result.diagnostics.map((d) => [d.code, d.span]),
      [['not-a-mapping', { start: 0, end: 0 }]],
    );
  });

  it('does not add not-a-mapping on top of a syntax error', () => {
    const text = '[unclosed\n';
    const codes = analyze('a.ladder.yaml', text).diagnostics.map((d) => d.code);
    assert.ok(codes.includes('yaml-syntax'));
    assert.ok(!codes.includes('not-a-mapping'));
  });

  it('reports a missing kind on the first key when the file name says nothing', () => {
    const text = 'id: x\nname: X\n';
    const result = analyze('notes.yaml', text);
    assert.deepEqual(seenWithMessage(text, result.diagnostics), [
      {
        code: 'missing-kind',
        severity: 'error',
        text: 'id',
        message: 'Missing `kind`: say whether this is a Ladder, Competencies, SelfAssessment or Review file.',
      },
    ]);
    assert.equal(result.model, undefined);
  });

  it('takes the kind from the file name when kind is missing', () => {
    const text = 'id: x\n';
    const result = analyze('a.ladder.yaml', text);
    assert.equal(result.kind, 'Ladder');
    assert.ok(
      result.diagnostics.some(
        (d) => d.code === 'missing-key' && d.message === "Missing required key 'kind' in the document.",
      ),
    );
  });

  it('takes the kind from the content when the file name says nothing', () => {
    const text = 'kind: Competencies\ncompetencies: [{id: a}]\n';
    const result = analyze('catalogue.yaml', text);
    assert.equal(result.kind, 'Competencies');
    assert.deepEqual(result.diagnostics, []);
  });

  it('reports an unknown kind on its value', () => {
    for (const [value, shown] of [
      ['Foo', 'Foo'],
      ['5', '5'],
    ]) {
      const text = `kind: ${value}\n`;
      const result = analyze('a.ladder.yaml', text);
      assert.deepEqual(seenWithMessage(text, result.diagnostics), [
        {
          code: 'unknown-kind',
          severity: 'error',
          text: value!,
          message: `Unknown kind '${shown}'; use Ladder, Competencies, SelfAssessment or Review.`,
        },
      ]);
      assert.equal(result.kind, undefined);
    }
  });

  it('reads a kind written in the wrong case as that kind, with an error and a fix', () => {
    const text = 'kind: ladder\nid: x\n';
    const result = analyze('a.ladder.yaml', text);
    const diagnostic = result.diagnostics.find((d) => d.code === 'unknown-kind')!;
    assert.deepEqual(seenWithMessage(text, [diagnostic]), [
      {
        code: 'unknown-kind',
        severity: 'error',
        text: 'ladder',
        message: "Unknown kind 'ladder': kinds are case-sensitive. Did you mean 'Ladder'?",
      },
    ]);
    assert.equal(result.kind, 'Ladder');
    assert.equal(applyFix(text, diagnostic), 'kind: Ladder\nid: x\n');
  });

  it('warns when the declared kind differs from the file name and reads the declared kind', () => {
    const text = 'kind: Competencies\ncompetencies: []\n';
    const result = analyze('a.ladder.yaml', text);
    assert.deepEqual(seenWithMessage(text, result.diagnostics), [
      {
        code: 'kind-mismatch',
        severity: 'warning',
        text: 'Competencies',
        message: 'This file is named like a Ladder file but declares kind Competencies; it is read as Competencies.',
      },
    ]);
    assert.equal(result.model?.kind, 'Competencies');
  });

  it('recognises every file name convention', () => {
    assert.equal(analyze('x.ladder.yml', 'id: x\n').kind, 'Ladder');
    assert.equal(analyze('x.competencies.yml', 'id: x\n').kind, 'Competencies');
    assert.equal(analyze('x.assessment.yaml', 'id: x\n').kind, 'SelfAssessment');
    assert.equal(analyze('x.review.yml', 'id: x\n').kind, 'Review');
    assert.equal(analyze('x.Ladder.YAML', 'id: x\n').kind, 'Ladder');
  });
});

describe('plain data', () => {
  it('keeps __proto__ and constructor as own data properties', () => {
    const doc = parseYaml('__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n').doc!;
    const data = toPlain(doc) as Record<string, unknown>;
    assert.deepEqual(Object.keys(data), ['__proto__', 'constructor']);
    assert.equal(Object.getPrototypeOf(data), Object.prototype);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as unknown as Record<string, unknown>).polluted, undefined);
  });
});
