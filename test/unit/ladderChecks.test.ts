// Semantic checks of ladders and catalogues: ids, references, scale values, requirements, progression, includes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_CATALOGUE, BASE_LADDER, applyFix, check, diagnosticsOf, edit, seen, seenWithMessage, single, withCode, yaml } from './helpers';

/** A ladder with the base ladder's scale, competencies, metric, checks and tracks, and the given levels. */
function ladderWith(levels: string, scale = '[{id: 1}, {id: 2}, {id: 3}]'): string {
  return yaml`
    kind: Ladder
    id: test
    name: Test
    scale: ${scale}
    competencies:
      - {id: troubleshooting, group: core}
      - {id: networking, group: core}
      - {id: writing, group: soft}
    metrics:
      - {id: resolution, unit: percent}
    checks:
      - {id: peer-review}
    tracks:
      - {id: core}
      - {id: ic}
  ` + levels;
}

function ladderDiagnostics(text: string, ...codes: string[]) {
  const all = diagnosticsOf({ 'l.ladder.yaml': text }, 'l.ladder.yaml');
  return codes.length === 0 ? all : withCode(all, ...codes);
}

describe('a valid ladder', () => {
  it('has no diagnostics', () => {
    assert.deepEqual(check({ 'l.ladder.yaml': BASE_LADDER }, 'l.ladder.yaml'), []);
  });

  it('has none with its competencies included from a catalogue', () => {
    const ladder = edit(BASE_LADDER, /competencies:\n(?: {4}.*\n| {2}- .*\n)+/, 'include: [support.competencies.yaml]\ncompetencies:\n  - id: writing\n    group: soft\n');
    assert.match(ladder, /include: \[support\.competencies\.yaml\]/);
    const files = { 'l.ladder.yaml': ladder, 'support.competencies.yaml': BASE_CATALOGUE };
    assert.deepEqual(check(files, 'l.ladder.yaml'), []);
    assert.deepEqual(check(files, 'support.competencies.yaml'), []);
  });
});

describe('duplicate ids', () => {
  it('reports the second use in every list', () => {
    const text = yaml`
      kind: Ladder
      id: dup
      name: Dup
      scale: [{id: 1}, {id: 2}, {id: 1}]
      competencies: [{id: a}, {id: a}]
      metrics: [{id: m}, {id: m}]
      checks: [{id: c}, {id: c}]
      tracks: [{id: t}, {id: t}]
      levels:
        - id: l
          name: L
          track: t
          rank: 1
          requirements:
            - {id: r, check: c}
            - any-of:
                - {id: r, metric: {id: m, min: 1}}
        - id: l
          name: L again
          track: t
          rank: 2
          requirements:
            - {id: r, check: c}
    `;
    const found = ladderDiagnostics(text, 'duplicate-id');
    assert.deepEqual(found.map((d) => [text.slice(d.span.start, d.span.end), d.span.start, d.message]), [
      ['1', text.indexOf('{id: 1}]') + 5, "Duplicate scale id '1': ids must be unique in their list."],
      ['a', text.lastIndexOf('{id: a}') + 5, "Duplicate competency id 'a': ids must be unique in their list."],
      ['m', text.indexOf('{id: m}]') + 5, "Duplicate metric id 'm': ids must be unique in their list."],
      ['c', text.indexOf('{id: c}]') + 5, "Duplicate check id 'c': ids must be unique in their list."],
      ['t', text.indexOf('{id: t}]') + 5, "Duplicate track id 't': ids must be unique in their list."],
      ['r', text.indexOf('{id: r, metric') + 5, "Duplicate requirement id 'r': ids must be unique in their list."],
      ['l', text.indexOf('- id: l\n    name: L again') + 6, "Duplicate level id 'l': ids must be unique in their list."],
      ['r', text.lastIndexOf('{id: r') + 5, "Duplicate requirement id 'r': ids must be unique in their list."],
    ]);
  });

  it('treats the scale ids 1 and "1" as the same id', () => {
    const text = ladderWith('levels: []\n', "[{id: 1}, {id: '1'}]");
    assert.deepEqual(seen(text, ladderDiagnostics(text, 'duplicate-id')), [{ code: 'duplicate-id', severity: 'error', text: "'1'" }]);
  });

  it('reports a competency defined in the ladder and in an included catalogue on the ladder\'s own id', () => {
    const ladder = edit(ladderWith('levels: []\n'), 'competencies:\n', 'include: [support.competencies.yaml]\ncompetencies:\n');
    const found = withCode(diagnosticsOf({ 'l.ladder.yaml': ladder, 'support.competencies.yaml': BASE_CATALOGUE }, 'l.ladder.yaml'), 'duplicate-id');
    assert.deepEqual(seenWithMessage(ladder, found), [
      { code: 'duplicate-id', severity: 'error', text: 'troubleshooting', message: "Duplicate competency id 'troubleshooting': defined in this ladder and in support.competencies.yaml." },
      { code: 'duplicate-id', severity: 'error', text: 'networking', message: "Duplicate competency id 'networking': defined in this ladder and in support.competencies.yaml." },
    ]);
  });

  it('reports a competency defined by two catalogues on the second include', () => {
    const ladder = yaml`
      kind: Ladder
      id: two
      name: Two
      scale: [{id: 1}, {id: 2}, {id: 3}]
      include: [support.competencies.yaml, more/extra.competencies.yaml]
      tracks: []
      levels: []
    `;
    const extra = 'kind: Competencies\ncompetencies:\n  - id: networking\n  - id: sql\n';
    const found = diagnosticsOf({ 'l.ladder.yaml': ladder, 'support.competencies.yaml': BASE_CATALOGUE, 'more/extra.competencies.yaml': extra }, 'l.ladder.yaml');
    assert.deepEqual(seenWithMessage(ladder, found), [
      { code: 'duplicate-id', severity: 'error', text: 'more/extra.competencies.yaml', message: "Duplicate competency id 'networking': defined in support.competencies.yaml and in more/extra.competencies.yaml." },
    ]);
  });

  it('reports duplicates inside a catalogue', () => {
    const catalogue = 'kind: Competencies\ncompetencies:\n  - id: a\n  - id: b\n  - id: a\n';
    assert.deepEqual(check({ 'c.competencies.yaml': catalogue }, 'c.competencies.yaml'), [{ code: 'duplicate-id', severity: 'error', text: 'a' }]);
  });
});

describe('unknown references', () => {
  function unknowns(levels: string) {
    const text = ladderWith(levels);
    return { text, found: ladderDiagnostics(text, 'unknown-reference') };
  }

  it('reports an unknown track with a suggestion and a fix', () => {
    const { text, found } = unknowns('levels:\n  - {id: a, name: A, track: cor, rank: 1}\n');
    const diagnostic = found[0]!;
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'unknown-reference', severity: 'error', text: 'cor', message: "Unknown track 'cor'. Did you mean 'core'?" },
    ]);
    assert.equal(diagnostic.fixes![0]!.title, "Change to 'core'");
    assert.equal(diagnostic.fixes![0]!.preferred, true);
    assert.equal(applyFix(text, diagnostic), text.replace('track: cor,', 'track: core,'));
  });

  it('offers no fix when nothing is close', () => {
    const { text, found } = unknowns('levels:\n  - {id: a, name: A, track: management, rank: 1}\n');
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'unknown-reference', severity: 'error', text: 'management', message: "Unknown track 'management'." },
    ]);
    assert.equal(found[0]!.fixes, undefined);
  });

  it('reports an unknown expectation key and next level', () => {
    const { text, found } = unknowns(yaml`
      levels:
        - id: engineer
          name: E
          track: core
          rank: 1
          expectations: {troubleshootin: 1, sql: 2}
          next: [senior-engineeer, architect]
        - {id: senior-engineer, name: S, track: core, rank: 2}
    `);
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'unknown-reference', severity: 'error', text: 'troubleshootin', message: "Unknown competency 'troubleshootin'. Did you mean 'troubleshooting'?" },
      { code: 'unknown-reference', severity: 'error', text: 'sql', message: "Unknown competency 'sql'." },
      { code: 'unknown-reference', severity: 'error', text: 'senior-engineeer', message: "Unknown level 'senior-engineeer'. Did you mean 'senior-engineer'?" },
      { code: 'unknown-reference', severity: 'error', text: 'architect', message: "Unknown level 'architect'." },
    ]);
    assert.equal(applyFix(text, found[2]!), text.replace('senior-engineeer', 'senior-engineer'));
  });

  it('reports unknown targets of every requirement type', () => {
    const { text, found } = unknowns(yaml`
      levels:
        - id: engineer
          name: E
          track: core
          rank: 1
          requirements:
            - time-at-level: {years: 1, level: enginer}
            - time-at-level: {years: 1, rank: 4}
            - check: peer-reveiw
            - metric: {id: resolutions, min: 90}
            - competencies: {count: 1, min: 2, group: cor}
            - competencies: {count: 1, min: 2, of: [networkin, writing]}
            - any-of:
                - check: peer
    `);
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'unknown-reference', severity: 'error', text: 'enginer', message: "Unknown level 'enginer'. Did you mean 'engineer'?" },
      { code: 'unknown-reference', severity: 'error', text: '4', message: 'No level has rank 4; ranks in this ladder: 1.' },
      { code: 'unknown-reference', severity: 'error', text: 'peer-reveiw', message: "Unknown check 'peer-reveiw'. Did you mean 'peer-review'?" },
      { code: 'unknown-reference', severity: 'error', text: 'resolutions', message: "Unknown metric 'resolutions'. Did you mean 'resolution'?" },
      { code: 'unknown-reference', severity: 'error', text: 'cor', message: "Unknown competency group 'cor'. Did you mean 'core'?" },
      { code: 'unknown-reference', severity: 'error', text: 'networkin', message: "Unknown competency 'networkin'. Did you mean 'networking'?" },
      { code: 'unknown-reference', severity: 'error', text: 'peer', message: "Unknown check 'peer'." },
    ]);
    for (const diagnostic of found) {
      const fix = diagnostic.fixes?.[0];
      if (!fix) continue;
      const fixed = applyFix(text, diagnostic);
      assert.equal(fixed.length, text.length - (diagnostic.span.end - diagnostic.span.start) + fix.edits[0]!.newText.length);
    }
    assert.match(applyFix(text, found[4]!), /group: core\}/);
  });

  it('suggests ignoring case', () => {
    const { text, found } = unknowns('levels:\n  - {id: a, name: A, track: Core, rank: 1}\n');
    assert.equal(found[0]!.message, "Unknown track 'Core'. Did you mean 'core'?");
    assert.equal(applyFix(text, found[0]!), text.replace('track: Core', 'track: core'));
  });

  it('lists no ranks when no level has one', () => {
    const text = yaml`
      kind: Ladder
      id: x
      name: X
      scale: [{id: 1}]
      tracks: [{id: core}]
      levels:
        - id: a
          name: A
          track: core
          requirements:
            - time-at-level: {years: 1, rank: 1}
    `;
    assert.deepEqual(seenWithMessage(text, ladderDiagnostics(text, 'unknown-reference')), [
      { code: 'unknown-reference', severity: 'error', text: '1', message: 'No level has rank 1; ranks in this ladder: none.' },
    ]);
  });
});

describe('scale values', () => {
  it('reports an expectation off the scale', () => {
    const text = ladderWith('levels:\n  - {id: a, name: A, track: core, rank: 1, expectations: {writing: 5}}\n');
    assert.deepEqual(seenWithMessage(text, ladderDiagnostics(text, 'off-scale')), [
      { code: 'off-scale', severity: 'error', text: '5', message: "'5' is not a scale value of this ladder; the scale is 1, 2, 3." },
    ]);
  });

  it('offers the right case for a string scale', () => {
    const text = ladderWith('levels:\n  - {id: a, name: A, track: core, rank: 1, expectations: {writing: ii}}\n', '[{id: I}, {id: II}, {id: III}]');
    const diagnostic = single(ladderDiagnostics(text), 'off-scale');
    assert.equal(diagnostic.message, "'ii' is not a scale value of this ladder; the scale is I, II, III.");
    assert.equal(applyFix(text, diagnostic), text.replace('writing: ii', 'writing: II'));
  });

  it('reports a requirement minimum off the scale', () => {
    const text = ladderWith('levels:\n  - id: a\n    name: A\n    track: core\n    rank: 1\n    requirements:\n      - competencies: {count: 1, min: 4}\n');
    assert.deepEqual(seen(text, ladderDiagnostics(text, 'off-scale')), [{ code: 'off-scale', severity: 'error', text: '4' }]);
  });

  it('reports a descriptor off the scale', () => {
    const text = edit(ladderWith('levels: []\n'), '{id: writing, group: soft}', '{id: writing, group: soft, descriptors: {1: Basic, 7: Legend}}');
    assert.deepEqual(seenWithMessage(text, ladderDiagnostics(text, 'off-scale')), [
      { code: 'off-scale', severity: 'error', text: '7', message: "Descriptor '7' of 'writing' is not on the scale (1, 2, 3)." },
    ]);
  });

  it('reports catalogue descriptors off the scale of a ladder that includes it, in the catalogue', () => {
    const ladder = yaml`
      kind: Ladder
      id: roman
      name: Roman
      scale: [{id: I}, {id: II}, {id: III}]
      include: [support.competencies.yaml]
      tracks: []
      levels: []
    `;
    const files = { 'roman.ladder.yaml': ladder, 'support.competencies.yaml': BASE_CATALOGUE };
    const found = diagnosticsOf(files, 'support.competencies.yaml');
    assert.deepEqual(seenWithMessage(BASE_CATALOGUE, found), [
      { code: 'off-scale', severity: 'error', text: '1', message: "Descriptor '1' of 'troubleshooting' is not on the scale of roman.ladder.yaml (I, II, III)." },
      { code: 'off-scale', severity: 'error', text: '3', message: "Descriptor '3' of 'troubleshooting' is not on the scale of roman.ladder.yaml (I, II, III)." },
    ]);
    assert.deepEqual(diagnosticsOf(files, 'roman.ladder.yaml'), []);
  });

  it('checks a catalogue against every ladder that includes it', () => {
    const roman = 'kind: Ladder\nid: r\nname: R\nscale: [{id: I}, {id: III}]\ninclude: [support.competencies.yaml]\ntracks: []\nlevels: []\n';
    const numeric = 'kind: Ladder\nid: n\nname: N\nscale: [{id: 1}, {id: 2}]\ninclude: [support.competencies.yaml]\ntracks: []\nlevels: []\n';
    const found = diagnosticsOf({ 'a.ladder.yaml': roman, 'b.ladder.yaml': numeric, 'support.competencies.yaml': BASE_CATALOGUE }, 'support.competencies.yaml');
    assert.deepEqual(found.map((d) => [BASE_CATALOGUE.slice(d.span.start, d.span.end), d.message]), [
      ['1', "Descriptor '1' of 'troubleshooting' is not on the scale of a.ladder.yaml (I, III)."],
      ['3', "Descriptor '3' of 'troubleshooting' is not on the scale of a.ladder.yaml (I, III)."],
      ['3', "Descriptor '3' of 'troubleshooting' is not on the scale of b.ladder.yaml (1, 2)."],
    ]);
  });

  it('leaves a catalogue no ladder includes alone', () => {
    assert.deepEqual(check({ 'support.competencies.yaml': BASE_CATALOGUE }, 'support.competencies.yaml'), []);
  });
});

describe('requirement shape', () => {
  function requirementDiagnostics(requirements: string, ...codes: string[]) {
    const text = ladderWith(`levels:\n  - id: a\n    name: A\n    track: core\n    rank: 1\n    requirements:\n${requirements}`);
    return { text, found: ladderDiagnostics(text, ...codes) };
  }

  it('reports a requirement without a type at its start', () => {
    const { text, found } = requirementDiagnostics('      - id: lonely\n        description: Nothing to check.\n', 'requirement-type');
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'requirement-type', severity: 'error', text: 'i', message: 'This requirement has no type: give it exactly one of time-at-level, experience, competencies, check, metric, any-of, all-of.' },
    ]);
    assert.equal(found[0]!.span.start, text.indexOf('id: lonely'));
  });

  it('reports each extra type key', () => {
    const { text, found } = requirementDiagnostics('      - check: peer-review\n        experience: {years: 1}\n        metric: {id: resolution, min: 1}\n', 'requirement-type');
    const message = "A requirement has exactly one type, but this one has 'check' and 'experience' and 'metric': split it, or combine them under all-of or any-of.";
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'requirement-type', severity: 'error', text: 'experience', message },
      { code: 'requirement-type', severity: 'error', text: 'metric', message },
    ]);
  });

  it('reports time-at-level with both or neither of rank and level', () => {
    const { text, found } = requirementDiagnostics('      - time-at-level: {years: 1, rank: 1, level: a}\n      - time-at-level: {years: 1}\n', 'requirement-shape');
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'requirement-shape', severity: 'error', text: 'a', message: 'time-at-level takes either rank or level, not both.' },
      { code: 'requirement-shape', severity: 'error', text: 'time-at-level', message: 'time-at-level needs a rank or a level.' },
    ]);
    assert.equal(found[0]!.span.start, text.indexOf('level: a}') + 7);
    assert.equal(found[1]!.span.start, text.lastIndexOf('time-at-level'));
  });

  it('reports competencies with both group and of', () => {
    const { text, found } = requirementDiagnostics('      - competencies: {count: 1, min: 2, group: core, of: [writing]}\n', 'requirement-shape');
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'requirement-shape', severity: 'error', text: 'core', message: 'competencies takes either group or of, not both.' },
    ]);
  });

  it('reports a metric requirement without bounds or with crossed bounds', () => {
    const { text, found } = requirementDiagnostics('      - metric: {id: resolution}\n      - metric: {id: resolution, min: 90, max: 80}\n', 'requirement-shape');
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'requirement-shape', severity: 'error', text: 'metric', message: 'A metric requirement needs min, max or both.' },
      { code: 'requirement-shape', severity: 'error', text: '80', message: 'max 80 is below min 90, so this can never be met.' },
    ]);
  });

  it('warns about empty any-of and all-of lists', () => {
    const { text, found } = requirementDiagnostics('      - any-of: []\n      - all-of: []\n', 'requirement-shape');
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'requirement-shape', severity: 'warning', text: 'any-of', message: 'An empty any-of list can never be met.' },
      { code: 'requirement-shape', severity: 'warning', text: 'all-of', message: 'An empty all-of list is always met.' },
    ]);
  });

  it('checks requirements nested in any-of and all-of', () => {
    const { text, found } = requirementDiagnostics('      - all-of:\n          - any-of:\n              - {check: peer-review, experience: {years: 2}}\n              - metric: {id: resolution}\n', 'requirement-type', 'requirement-shape');
    assert.deepEqual(seen(text, found), [
      { code: 'requirement-type', severity: 'error', text: 'experience' },
      { code: 'requirement-shape', severity: 'error', text: 'metric' },
    ]);
  });

  it('warns when a competency count can never be reached', () => {
    const { text, found } = requirementDiagnostics(yaml`
      - competencies: {count: 3, min: 2, group: core}
      - competencies: {count: 3, min: 2, of: [writing, networking]}
      - competencies: {count: 4, min: 2}
      - competencies: {count: 3, min: 2}
    `.replace(/^/gm, '      ').replace(/ +$/, ''), 'unsatisfiable');
    assert.deepEqual(seenWithMessage(text, found), [
      { code: 'unsatisfiable', severity: 'warning', text: '3', message: 'This asks for 3 competencies but only 2 can count, so it can never be met.' },
      { code: 'unsatisfiable', severity: 'warning', text: '3', message: 'This asks for 3 competencies but only 2 can count, so it can never be met.' },
      { code: 'unsatisfiable', severity: 'warning', text: '4', message: 'This asks for 4 competencies but only 3 can count, so it can never be met.' },
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
      { code: 'rank-not-rising', severity: 'warning', text: 'b', message: "'b' (rank 2) follows 'a' (rank 2), but ranks should rise along next." },
      { code: 'rank-not-rising', severity: 'warning', text: 'c', message: "'c' (rank 1) follows 'a' (rank 2), but ranks should rise along next." },
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
      { code: 'rank-not-rising', severity: 'warning', text: 'c', message: "'c' (rank 1) follows 'a' (rank 2), but ranks should rise along next (or stay level when changing track)." },
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
      { code: 'next-cycle', severity: 'error', text: 'a', message: "next leads back to 'a', making a cycle: a ladder must only go up." },
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
      { code: 'expectation-drops', severity: 'warning', text: '2', message: "'b' expects writing at 2, less than 'a' (rank 1) on the same track expects (3)." },
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
      { code: 'include-not-found', severity: 'error', text: 'missing.competencies.yaml', message: "Cannot include 'missing.competencies.yaml': no such file." },
    ]);
  });

  it('reports a file of the wrong kind', () => {
    const assessment = 'kind: SelfAssessment\nladder: x.ladder.yaml\n';
    assert.deepEqual(includeDiagnostics('[me.assessment.yaml, notes.txt]', { 'me.assessment.yaml': assessment, 'notes.txt': 'hello\n' }), [
      { code: 'include-wrong-kind', severity: 'error', text: 'me.assessment.yaml', message: "'me.assessment.yaml' is a SelfAssessment file; include takes Competencies files." },
      { code: 'include-wrong-kind', severity: 'error', text: 'notes.txt', message: "'notes.txt' is not a ladder file; include takes Competencies files." },
    ]);
  });

  it('reports a ladder that is not part of a cycle as the wrong kind', () => {
    const other = 'kind: Ladder\nid: o\nname: O\nscale: [{id: 1}]\ntracks: []\nlevels: []\n';
    assert.deepEqual(includeDiagnostics('[o.ladder.yaml]', { 'o.ladder.yaml': other }), [
      { code: 'include-wrong-kind', severity: 'error', text: 'o.ladder.yaml', message: "'o.ladder.yaml' is a Ladder file; include takes Competencies files." },
    ]);
  });

  it('reports a ladder including itself or a ladder that includes it back', () => {
    const other = 'kind: Ladder\nid: o\nname: O\nscale: [{id: 1}]\ninclude: [x.ladder.yaml]\ntracks: []\nlevels: []\n';
    assert.deepEqual(includeDiagnostics('[x.ladder.yaml, ./o.ladder.yaml]', { 'o.ladder.yaml': other }), [
      { code: 'include-cycle', severity: 'error', text: 'x.ladder.yaml', message: 'A ladder cannot include itself.' },
      { code: 'include-cycle', severity: 'error', text: './o.ladder.yaml', message: "'./o.ladder.yaml' is a Ladder file; include takes Competencies files." },
    ]);
  });

  it('warns about the same catalogue included twice under different spellings', () => {
    assert.deepEqual(includeDiagnostics('[support.competencies.yaml, ./sub/../support.competencies.yaml]', { 'support.competencies.yaml': BASE_CATALOGUE }), [
      { code: 'include-duplicate', severity: 'warning', text: './sub/../support.competencies.yaml', message: "'./sub/../support.competencies.yaml' is already included above." },
    ]);
  });

  it('warns when an included catalogue has errors, and still uses what it could read', () => {
    const broken = 'kind: Competencies\ncompetencies:\n  - id: networking\n    level: 3\n';
    const ladder = `kind: Ladder\nid: x\nname: X\nscale: [{id: 1}]\ninclude: [b.competencies.yaml]\ntracks: [{id: t}]\nlevels:\n  - {id: a, name: A, track: t, rank: 1, expectations: {networking: 1}}\n`;
    assert.deepEqual(check({ 'x.ladder.yaml': ladder, 'b.competencies.yaml': broken }, 'x.ladder.yaml'), [
      { code: 'include-has-errors', severity: 'warning', text: 'b.competencies.yaml' },
    ]);
  });

  it('resolves includes relative to the ladder\'s folder', () => {
    const ladder = `kind: Ladder\nid: x\nname: X\nscale: [{id: 1}, {id: 3}]\ninclude: [../shared/support.competencies.yaml]\ntracks: [{id: t}]\nlevels:\n  - {id: a, name: A, track: t, rank: 1, expectations: {networking: 1}}\n`;
    assert.deepEqual(check({ 'ladders/x.ladder.yaml': ladder, 'shared/support.competencies.yaml': BASE_CATALOGUE }, 'ladders/x.ladder.yaml'), []);
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
      { code: 'off-scale', severity: 'error', text: 'toString', message: "Descriptor 'toString' of 'constructor' is not on the scale (__proto__, constructor)." },
      { code: 'unknown-reference', severity: 'error', text: 'hasownproperty', message: "Unknown check 'hasownproperty'." },
      { code: 'unknown-reference', severity: 'error', text: 'prototype', message: "Unknown level 'prototype'." },
      { code: 'unknown-reference', severity: 'error', text: 'tostring', message: "Unknown level 'tostring'." },
    ]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('reports __proto__ as an id like any other unknown id', () => {
    const text = ladderWith('levels:\n  - {id: a, name: A, track: __proto__, rank: 1, expectations: {__proto__: 1, constructor: 2}, next: [__proto__]}\n');
    const found = ladderDiagnostics(text, 'unknown-reference');
    assert.deepEqual(found.map((d) => [text.slice(d.span.start, d.span.end), d.message]), [
      ['__proto__', "Unknown track '__proto__'."],
      ['__proto__', "Unknown competency '__proto__'."],
      ['constructor', "Unknown competency 'constructor'."],
      ['__proto__', "Unknown level '__proto__'."],
    ]);
    assert.equal(({} as Record<string, unknown>).track, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'a'), false);
  });
});
