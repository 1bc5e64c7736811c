// Semantic checks of ladders and catalogues: requirement shape, progression, includes, __proto__ and constructor.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_CATALOGUE, check, diagnosticsOf, seen, seenWithMessage, yaml } from './helpers';
import { ladderWith, ladderDiagnostics } from './ladderFixtures';

describe('requirement shape', () => {
  function requirementDiagnostics(requirements: string, ...codes: string[]) {
    const text = ladderWith(
      `levels:\n  - id: a\n    name: A\n    track: core\n    rank: 1\n    requirements:\n${requirements}`,
    );
    return { text, found: ladderDiagnostics(text, ...codes) };
  }

  it('reports a requirement without a type at its start', () => {
    const { text, found } = requirementDiagnostics(
      '      - id: lonely\n        description: Nothing to check.\n',
      'requirement-type',
    );
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'requirement-type',
        severity: 'error',
        text: 'i',
        message:
          'This requirement has no type: give it exactly one of time-at-level, experience, competencies, check, metric, any-of, all-of.',
      },
    ]);
    assert.equal(found[0]!.span.start, text.indexOf('id: lonely'));
  });

  it('reports each extra type key', () => {
    const { text, found } = requirementDiagnostics(
      '      - check: peer-review\n        experience: {years: 1}\n        metric: {id: resolution, min: 1}\n',
      'requirement-type',
    );
    const message =
      "A requirement has exactly one type, but this one has 'check' and 'experience' and 'metric': split it, or combine them under all-of or any-of.";
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'requirement-type', severity: 'error', text: 'experience', message },
      { code: 'requirement-type', severity: 'error', text: 'metric', message },
    ]);
  });

  it('reports time-at-level with both or neither of rank and level', () => {
    const { text, found } = requirementDiagnostics(
      '      - time-at-level: {years: 1, rank: 1, level: a}\n      - time-at-level: {years: 1}\n',
      'requirement-shape',
    );
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'requirement-shape',
        severity: 'error',
        text: 'a',
        message: 'time-at-level takes either rank or level, not both.',
      },
      {
        code: 'requirement-shape',
        severity: 'error',
        text: 'time-at-level',
        message: 'time-at-level needs a rank or a level.',
      },
    ]);
    assert.equal(found[0]!.span.start, text.indexOf('level: a}') + 7);
    assert.equal(found[1]!.span.start, text.lastIndexOf('time-at-level'));
  });

  it('reports competencies with both group and of', () => {
    const { text, found } = requirementDiagnostics(
      '      - competencies: {count: 1, min: 2, group: core, of: [writing]}\n',
      'requirement-shape',
    );
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'requirement-shape',
        severity: 'error',
        text: 'core',
        message: 'competencies takes either group or of, not both.',
      },
    ]);
  });

  it('reports a metric requirement without bounds or with crossed bounds', () => {
    const { text, found } = requirementDiagnostics(
      '      - metric: {id: resolution}\n      - metric: {id: resolution, min: 90, max: 80}\n',
      'requirement-shape',
    );
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'requirement-shape',
        severity: 'error',
        text: 'metric',
        message: 'A metric requirement needs min, max or both.',
      },
      {
        code: 'requirement-shape',
        severity: 'error',
        text: '80',
        message: 'max 80 is below min 90, so this can never be met.',
      },
    ]);
  });

  it('warns about empty any-of and all-of lists', () => {
    const { text, found } = requirementDiagnostics('      - any-of: []\n      - all-of: []\n', 'requirement-shape');
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'requirement-shape',
        severity: 'warning',
        text: 'any-of',
        message: 'An empty any-of list can never be met.',
      },
      {
        code: 'requirement-shape',
        severity: 'warning',
        text: 'all-of',
        message: 'An empty all-of list is always met.',
      },
    ]);
  });

  it('checks requirements nested in any-of and all-of', () => {
    const { text, found } = requirementDiagnostics(
      '      - all-of:\n          - any-of:\n              - {check: peer-review, experience: {years: 2}}\n              - metric: {id: resolution}\n',
      'requirement-type',
      'requirement-shape',
    );
    assert.deepEqual(seen(text, found), [
      { code: 'requirement-type', severity: 'error', text: 'experience' },
      { code: 'requirement-shape', severity: 'error', text: 'metric' },
    ]);
  });

  it('warns when a competency count can never be reached', () => {
    const { text, found } = requirementDiagnostics(
      yaml`
      - competencies: {count: 3, min: 2, group: core}
      - competencies: {count: 3, min: 2, of: [writing, networking]}
      - competencies: {count: 4, min: 2}
      - competencies: {count: 3, min: 2}
    `
        .replace(/^/gm, '      ')
        .replace(/ +$/, ''),
      'unsatisfiable',
    );
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'unsatisfiable',
        severity: 'warning',
        text: '3',
        message: 'This asks for 3 competencies but only 2 can count, so it can never be met.',
      },
      {
        code: 'unsatisfiable',
        severity: 'warning',
        text: '3',
        message: 'This asks for 3 competencies but only 2 can count, so it can never be met.',
      },
      {
        code: 'unsatisfiable',
        severity: 'warning',
        text: '4',
        message: 'This asks for 4 competencies but only 3 can count, so it can never be met.',
      },
    ]);
  });
});

describe('progression', () => {
  it('warns when rank does not rise along next on the same track', () => {
    const text = ladderWith(yaml`
      levels:
        - {id: a, name: A, track: core, rank: 2, next: [b, c]}
        - {id: b, name: B, track: core, rank: 2}
        - {id: c, name: C, track: core, rank: 1}
    `);
    assert.deepEqual(seenWithMessage(text, ladderDiagnostics(text, 'rank-not-rising')), [
      {
        code: 'rank-not-rising',
        severity: 'warning',
        text: 'b',
        message: "'b' (rank 2) follows 'a' (rank 2), but ranks should rise along next.",
      },
      {
        code: 'rank-not-rising',
        severity: 'warning',
        text: 'c',
        message: "'c' (rank 1) follows 'a' (rank 2), but ranks should rise along next.",
      },
    ]);
  });

  it('allows the same rank when changing track, but not a lower one', () => {
    const text = ladderWith(yaml`
      levels:
        - {id: a, name: A, track: core, rank: 2, next: [b, c]}
        - {id: b, name: B, track: ic, rank: 2}
        - {id: c, name: C, track: ic, rank: 1}
    `);
    assert.deepEqual(seenWithMessage(text, ladderDiagnostics(text, 'rank-not-rising')), [
      {
        code: 'rank-not-rising',
        severity: 'warning',
        text: 'c',
        message:
          "'c' (rank 1) follows 'a' (rank 2), but ranks should rise along next (or stay level when changing track).",
      },
    ]);
  });

  it('reports a level that lists itself in next', () => {
    const text = ladderWith('levels:\n  - {id: a, name: A, track: core, rank: 1, next: [a]}\n');
    assert.deepEqual(seenWithMessage(text, ladderDiagnostics(text, 'next-cycle', 'rank-not-rising')), [
      { code: 'next-cycle', severity: 'error', text: 'a', message: "'a' lists itself in next." },
    ]);
    assert.equal(ladderDiagnostics(text, 'next-cycle')[0]!.span.start, text.indexOf('[a]') + 1);
  });

  it('reports the reference that closes a longer cycle', () => {
    const text = ladderWith(yaml`
      levels:
        - {id: a, name: A, track: core, rank: 1, next: [b]}
        - {id: b, name: B, track: ic, rank: 2, next: [c]}
        - {id: c, name: C, track: ic, rank: 3, next: [a]}
    `);
    const found = ladderDiagnostics(text, 'next-cycle');
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'next-cycle',
        severity: 'error',
        text: 'a',
        message: "next leads back to 'a', making a cycle: a ladder must only go up.",
      },
    ]);
    assert.equal(found[0]!.span.start, text.indexOf('next: [a]') + 7);
  });

  it('does not call a diamond a cycle', () => {
    const text = ladderWith(yaml`
      levels:
        - {id: a, name: A, track: core, rank: 1, next: [b, c]}
        - {id: b, name: B, track: ic, rank: 2, next: [d]}
        - {id: c, name: C, track: core, rank: 2, next: [d]}
        - {id: d, name: D, track: ic, rank: 3}
    `);
    assert.deepEqual(ladderDiagnostics(text), []);
  });

  it('warns when a level expects less than a lower level of the same track', () => {
    const text = ladderWith(yaml`
      levels:
        - {id: a, name: A, track: ic, rank: 1, expectations: {writing: 3, networking: 1}}
        - {id: b, name: B, track: ic, rank: 2, expectations: {writing: 2, networking: 2}}
        - {id: c, name: C, track: core, rank: 3, expectations: {writing: 1}}
    `);
    assert.deepEqual(seenWithMessage(text, ladderDiagnostics(text, 'expectation-drops')), [
      {
        code: 'expectation-drops',
        severity: 'warning',
        text: '2',
        message: "'b' expects writing at 2, less than 'a' (rank 1) on the same track expects (3).",
      },
    ]);
    assert.equal(ladderDiagnostics(text, 'expectation-drops')[0]!.span.start, text.indexOf('writing: 2') + 9);
  });

  it('does not compare levels of the same rank', () => {
    const text = ladderWith(yaml`
      levels:
        - {id: a, name: A, track: ic, rank: 1, expectations: {writing: 3}}
        - {id: b, name: B, track: ic, rank: 1, expectations: {writing: 1}}
    `);
    assert.deepEqual(ladderDiagnostics(text, 'expectation-drops'), []);
  });
});

describe('includes', () => {
  function includeDiagnostics(include: string, files: Record<string, string>) {
    const ladder = `kind: Ladder\nid: x\nname: X\nscale: [{id: 1}, {id: 2}, {id: 3}]\ninclude: ${include}\ntracks: []\nlevels: []\n`;
    const found = diagnosticsOf({ 'x.ladder.yaml': ladder, ...files }, 'x.ladder.yaml');
    return seenWithMessage(ladder, found);
  }

  it('reports a missing file', () => {
    assert.deepEqual(includeDiagnostics('[missing.competencies.yaml]', {}), [
      {
        code: 'include-not-found',
        severity: 'error',
        text: 'missing.competencies.yaml',
        message: "Cannot include 'missing.competencies.yaml': no such file.",
      },
    ]);
  });

  it('reports a file of the wrong kind', () => {
    const assessment = 'kind: SelfAssessment\nladder: x.ladder.yaml\n';
    assert.deepEqual(
      includeDiagnostics('[me.assessment.yaml, notes.txt]', {
        'me.assessment.yaml': assessment,
        'notes.txt': 'hello\n',
      }),
      [
        {
          code: 'include-wrong-kind',
          severity: 'error',
          text: 'me.assessment.yaml',
          message: "'me.assessment.yaml' is a SelfAssessment file; include takes Competencies files.",
        },
        {
          code: 'include-wrong-kind',
          severity: 'error',
          text: 'notes.txt',
          message: "'notes.txt' is not a ladder file; include takes Competencies files.",
        },
      ],
    );
  });

  it('reports a ladder that is not part of a cycle as the wrong kind', () => {
    const other = 'kind: Ladder\nid: o\nname: O\nscale: [{id: 1}]\ntracks: []\nlevels: []\n';
    assert.deepEqual(includeDiagnostics('[o.ladder.yaml]', { 'o.ladder.yaml': other }), [
      {
        code: 'include-wrong-kind',
        severity: 'error',
        text: 'o.ladder.yaml',
        message: "'o.ladder.yaml' is a Ladder file; include takes Competencies files.",
      },
    ]);
  });

  it('reports a ladder including itself or a ladder that includes it back', () => {
    const other = 'kind: Ladder\nid: o\nname: O\nscale: [{id: 1}]\ninclude: [x.ladder.yaml]\ntracks: []\nlevels: []\n';
    assert.deepEqual(includeDiagnostics('[x.ladder.yaml, ./o.ladder.yaml]', { 'o.ladder.yaml': other }), [
      { code: 'include-cycle', severity: 'error', text: 'x.ladder.yaml', message: 'A ladder cannot include itself.' },
      {
        code: 'include-cycle',
        severity: 'error',
        text: './o.ladder.yaml',
        message: "'./o.ladder.yaml' is a Ladder file; include takes Competencies files.",
      },
    ]);
  });

  it('warns about the same catalogue included twice under different spellings', () => {
    assert.deepEqual(
      includeDiagnostics('[support.competencies.yaml, ./sub/../support.competencies.yaml]', {
        'support.competencies.yaml': BASE_CATALOGUE,
      }),
      [
        {
          code: 'include-duplicate',
          severity: 'warning',
          text: './sub/../support.competencies.yaml',
          message: "'./sub/../support.competencies.yaml' is already included above.",
        },
      ],
    );
  });

  it('warns when an included catalogue has errors, and still uses what it could read', () => {
    const broken = 'kind: Competencies\ncompetencies:\n  - id: networking\n    level: 3\n';
    const ladder = `kind: Ladder\nid: x\nname: X\nscale: [{id: 1}]\ninclude: [b.competencies.yaml]\ntracks: [{id: t}]\nlevels:\n  - {id: a, name: A, track: t, rank: 1, expectations: {networking: 1}}\n`;
    assert.deepEqual(check({ 'x.ladder.yaml': ladder, 'b.competencies.yaml': broken }, 'x.ladder.yaml'), [
      { code: 'include-has-errors', severity: 'warning', text: 'b.competencies.yaml' },
    ]);
  });

  it("resolves includes relative to the ladder's folder", () => {
    const ladder = `kind: Ladder\nid: x\nname: X\nscale: [{id: 1}, {id: 3}]\ninclude: [../shared/support.competencies.yaml]\ntracks: [{id: t}]\nlevels:\n  - {id: a, name: A, track: t, rank: 1, expectations: {networking: 1}}\n`;
    assert.deepEqual(
      check(
        { 'ladders/x.ladder.yaml': ladder, 'shared/support.competencies.yaml': BASE_CATALOGUE },
        'ladders/x.ladder.yaml',
      ),
      [],
    );
  });
});

describe('__proto__ and constructor', () => {
  it('treats them as ordinary ids that may or may not exist', () => {
    const text = yaml`
      kind: Ladder
      id: proto
      name: Proto
      scale: [{id: __proto__}, {id: constructor}]
      competencies:
        - id: constructor
          descriptors: {__proto__: low, constructor: high, toString: odd}
      checks: [{id: constructor}]
      metrics: [{id: constructor}]
      tracks: [{id: constructor}]
      levels:
        - id: constructor
          name: C
          track: constructor
          rank: 1
          expectations: {constructor: constructor}
          requirements:
            - {id: constructor, check: constructor}
            - metric: {id: constructor, min: 1}
            - check: hasownproperty
            - time-at-level: {years: 1, level: prototype}
          next: [tostring]
    `;
    const found = ladderDiagnostics(text);
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'off-scale',
        severity: 'error',
        text: 'toString',
        message: "Descriptor 'toString' of 'constructor' is not on the scale (__proto__, constructor).",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'hasownproperty',
        message: "Unknown check 'hasownproperty'.",
      },
      { code: 'unknown-reference', severity: 'error', text: 'prototype', message: "Unknown level 'prototype'." },
      { code: 'unknown-reference', severity: 'error', text: 'tostring', message: "Unknown level 'tostring'." },
    ]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('reports __proto__ as an id like any other unknown id', () => {
    const text = ladderWith(
      'levels:\n  - {id: a, name: A, track: __proto__, rank: 1, expectations: {__proto__: 1, constructor: 2}, next: [__proto__]}\n',
    );
    const found = ladderDiagnostics(text, 'unknown-reference');
    assert.deepEqual(
      found.map((d) => [text.slice(d.span.start, d.span.end), d.message]),
      [
        ['__proto__', "Unknown track '__proto__'."],
        ['__proto__', "Unknown competency '__proto__'."],
        ['constructor', "Unknown competency 'constructor'."],
        ['__proto__', "Unknown level '__proto__'."],
      ],
    );
    assert.equal(({} as Record<string, unknown>).track, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'a'), false);
  });
});
