// Semantic checks of ladders: ids, references and scale values.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BASE_CATALOGUE,
  BASE_LADDER,
  applyFix,
  check,
  diagnosticsOf,
  edit,
  seen,
  seenWithMessage,
  single,
  withCode,
  yaml,
} from './helpers';
import { ladderWith, ladderDiagnostics } from './ladderFixtures';

describe('a valid ladder', () => {
  it('has no diagnostics', () => {
    assert.deepEqual(check({ 'l.ladder.yaml': BASE_LADDER }, 'l.ladder.yaml'), []);
  });

  it('has none with its competencies included from a catalogue', () => {
    const ladder = edit(
      BASE_LADDER,
      /competencies:\n(?: {4}.*\n| {2}- .*\n)+/,
      'include: [support.competencies.yaml]\ncompetencies:\n  - id: writing\n    group: soft\n',
    );
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
    assert.deepEqual(
      found.map((d) => [text.slice(d.span.start, d.span.end), d.span.start, d.message]),
      [
        ['1', text.indexOf('{id: 1}]') + 5, "Duplicate scale id '1': ids must be unique in their list."],
        ['a', text.lastIndexOf('{id: a}') + 5, "Duplicate competency id 'a': ids must be unique in their list."],
        ['m', text.indexOf('{id: m}]') + 5, "Duplicate metric id 'm': ids must be unique in their list."],
        ['c', text.indexOf('{id: c}]') + 5, "Duplicate check id 'c': ids must be unique in their list."],
        ['t', text.indexOf('{id: t}]') + 5, "Duplicate track id 't': ids must be unique in their list."],
        ['r', text.indexOf('{id: r, metric') + 5, "Duplicate requirement id 'r': ids must be unique in their list."],
        [
          'l',
          text.indexOf('- id: l\n    name: L again') + 6,
          "Duplicate level id 'l': ids must be unique in their list.",
        ],
        ['r', text.lastIndexOf('{id: r') + 5, "Duplicate requirement id 'r': ids must be unique in their list."],
      ],
    );
  });

  it('treats the scale ids 1 and "1" as the same id', () => {
    const text = ladderWith('levels: []\n', "[{id: 1}, {id: '1'}]");
    assert.deepEqual(seen(text, ladderDiagnostics(text, 'duplicate-id')), [
      { code: 'duplicate-id', severity: 'error', text: "'1'" },
    ]);
  });

  it("reports a competency defined in the ladder and in an included catalogue on the ladder's own id", () => {
    const ladder = edit(
      ladderWith('levels: []\n'),
      'competencies:\n',
      'include: [support.competencies.yaml]\ncompetencies:\n',
    );
    const found = withCode(
      diagnosticsOf({ 'l.ladder.yaml': ladder, 'support.competencies.yaml': BASE_CATALOGUE }, 'l.ladder.yaml'),
      'duplicate-id',
    );
    assert.deepEqual(seenWithMessage(ladder, found), [
      {
        code: 'duplicate-id',
        severity: 'error',
        text: 'troubleshooting',
        message: "Duplicate competency id 'troubleshooting': defined in this ladder and in support.competencies.yaml.",
      },
      {
        code: 'duplicate-id',
        severity: 'error',
        text: 'networking',
        message: "Duplicate competency id 'networking': defined in this ladder and in support.competencies.yaml.",
      },
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
    const found = diagnosticsOf(
      { 'l.ladder.yaml': ladder, 'support.competencies.yaml': BASE_CATALOGUE, 'more/extra.competencies.yaml': extra },
      'l.ladder.yaml',
    );
    assert.deepEqual(seenWithMessage(ladder, found), [
      {
        code: 'duplicate-id',
        severity: 'error',
        text: 'more/extra.competencies.yaml',
        message:
          "Duplicate competency id 'networking': defined in support.competencies.yaml and in more/extra.competencies.yaml.",
      },
    ]);
  });

  it('reports duplicates inside a catalogue', () => {
    const catalogue = 'kind: Competencies\ncompetencies:\n  - id: a\n  - id: b\n  - id: a\n';
    assert.deepEqual(check({ 'c.competencies.yaml': catalogue }, 'c.competencies.yaml'), [
      { code: 'duplicate-id', severity: 'error', text: 'a' },
    ]);
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
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'cor',
        message: "Unknown track 'cor'. Did you mean 'core'?",
      },
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
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'troubleshootin',
        message: "Unknown competency 'troubleshootin'. Did you mean 'troubleshooting'?",
      },
      { code: 'unknown-reference', severity: 'error', text: 'sql', message: "Unknown competency 'sql'." },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'senior-engineeer',
        message: "Unknown level 'senior-engineeer'. Did you mean 'senior-engineer'?",
      },
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
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'enginer',
        message: "Unknown level 'enginer'. Did you mean 'engineer'?",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: '4',
        message: 'No level has rank 4; ranks in this ladder: 1.',
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'peer-reveiw',
        message: "Unknown check 'peer-reveiw'. Did you mean 'peer-review'?",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'resolutions',
        message: "Unknown metric 'resolutions'. Did you mean 'resolution'?",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'cor',
        message: "Unknown competency group 'cor'. Did you mean 'core'?",
      },
      {
        code: 'unknown-reference',
        severity: 'error',
        text: 'networkin',
        message: "Unknown competency 'networkin'. Did you mean 'networking'?",
      },
      { code: 'unknown-reference', severity: 'error', text: 'peer', message: "Unknown check 'peer'." },
    ]);
    for (const diagnostic of found) {
      const fix = diagnostic.fixes?.[0];
      if (!fix) continue;
      const fixed = applyFix(text, diagnostic);
      assert.equal(
        fixed.length,
        text.length - (diagnostic.span.end - diagnostic.span.start) + fix.edits[0]!.newText.length,
      );
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
      {
        code: 'unknown-reference',
        severity: 'error',
        text: '1',
        message: 'No level has rank 1; ranks in this ladder: none.',
      },
    ]);
  });
});

describe('scale values', () => {
  it('reports an expectation off the scale', () => {
    const text = ladderWith('levels:\n  - {id: a, name: A, track: core, rank: 1, expectations: {writing: 5}}\n');
    assert.deepEqual(seenWithMessage(text, ladderDiagnostics(text, 'off-scale')), [
      {
        code: 'off-scale',
        severity: 'error',
        text: '5',
        message: "'5' is not a scale value of this ladder; the scale is 1, 2, 3.",
      },
    ]);
  });

  it('offers the right case for a string scale', () => {
    const text = ladderWith(
      'levels:\n  - {id: a, name: A, track: core, rank: 1, expectations: {writing: ii}}\n',
      '[{id: I}, {id: II}, {id: III}]',
    );
    const diagnostic = single(ladderDiagnostics(text), 'off-scale');
    assert.equal(diagnostic.message, "'ii' is not a scale value of this ladder; the scale is I, II, III.");
    assert.equal(applyFix(text, diagnostic), text.replace('writing: ii', 'writing: II'));
  });

  it('reports a requirement minimum off the scale', () => {
    const text = ladderWith(
      'levels:\n  - id: a\n    name: A\n    track: core\n    rank: 1\n    requirements:\n      - competencies: {count: 1, min: 4}\n',
    );
    assert.deepEqual(seen(text, ladderDiagnostics(text, 'off-scale')), [
      { code: 'off-scale', severity: 'error', text: '4' },
    ]);
  });

  it('reports a descriptor off the scale', () => {
    const text = edit(
      ladderWith('levels: []\n'),
      '{id: writing, group: soft}',
      '{id: writing, group: soft, descriptors: {1: Basic, 7: Legend}}',
    );
    assert.deepEqual(seenWithMessage(text, ladderDiagnostics(text, 'off-scale')), [
      {
        code: 'off-scale',
        severity: 'error',
        text: '7',
        message: "Descriptor '7' of 'writing' is not on the scale (1, 2, 3).",
      },
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
      {
        code: 'off-scale',
        severity: 'error',
        text: '1',
        message: "Descriptor '1' of 'troubleshooting' is not on the scale of roman.ladder.yaml (I, II, III).",
      },
      {
        code: 'off-scale',
        severity: 'error',
        text: '3',
        message: "Descriptor '3' of 'troubleshooting' is not on the scale of roman.ladder.yaml (I, II, III).",
      },
    ]);
    assert.deepEqual(diagnosticsOf(files, 'roman.ladder.yaml'), []);
  });

  it('checks a catalogue against every ladder that includes it', () => {
    const roman =
      'kind: Ladder\nid: r\nname: R\nscale: [{id: I}, {id: III}]\ninclude: [support.competencies.yaml]\ntracks: []\nlevels: []\n';
    const numeric =
      'kind: Ladder\nid: n\nname: N\nscale: [{id: 1}, {id: 2}]\ninclude: [support.competencies.yaml]\ntracks: []\nlevels: []\n';
    const found = diagnosticsOf(
      { 'a.ladder.yaml': roman, 'b.ladder.yaml': numeric, 'support.competencies.yaml': BASE_CATALOGUE },
      'support.competencies.yaml',
    );
    assert.deepEqual(
      found.map((d) => [BASE_CATALOGUE.slice(d.span.start, d.span.end), d.message]),
      [
        ['1', "Descriptor '1' of 'troubleshooting' is not on the scale of a.ladder.yaml (I, III)."],
        ['3', "Descriptor '3' of 'troubleshooting' is not on the scale of a.ladder.yaml (I, III)."],
        ['3', "Descriptor '3' of 'troubleshooting' is not on the scale of b.ladder.yaml (1, 2)."],
      ],
    );
  });

  it('leaves a catalogue no ladder includes alone', () => {
    assert.deepEqual(check({ 'support.competencies.yaml': BASE_CATALOGUE }, 'support.competencies.yaml'), []);
  });
});
