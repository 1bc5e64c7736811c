// Renamed ids (`formerly`): references to a former id resolve with a `renamed-id` warning and a quick fix,
// conflicting former ids are errors, and scoring counts what is written under a former id.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeActions } from '../../server/src/core/features/codeActions';
import { definition } from '../../server/src/core/features/definition';
import { hover } from '../../server/src/core/features/hover';
import { analyze, applyEdits, seenWithMessage, uri, withCode, workspaceOf, yaml } from './helpers';
import { completeAt, labels } from './features/support';

/** A ladder whose items were renamed, and that still names some of them by their former ids. */
const LADDER = yaml`
  kind: Ladder
  id: renamed
  name: Renamed
  scale: [{id: 1, name: One}, {id: 2, name: Two}, {id: 3, name: Three}]
  competencies:
    - {id: troubleshooting, name: Troubleshooting, formerly: [tech-skills], group: core}
    - {id: networking, name: Networking, group: core}
  checks:
    - {id: peer-review, name: Peer review, formerly: [peer-feedback]}
  metrics:
    - {id: resolution, name: Resolution, unit: percent, formerly: [resolution-rate]}
  tracks:
    - {id: ic, name: IC, formerly: [individual]}
  levels:
    - id: engineer
      name: Engineer
      formerly: [associate]
      track: individual
      rank: 1
      expectations: {tech-skills: 1}
      next: [senior-engineer]
    - id: senior
      name: Senior
      formerly: [senior-engineer]
      track: ic
      rank: 2
      expectations: {tech-skills: 3, networking: 2}
      requirements:
        - id: tenure
          formerly: [senior-tenure]
          time-at-level: {years: 1, level: associate}
        - id: review
          check: peer-feedback
        - id: fast
          metric: {id: resolution-rate, min: 90}
        - competencies: {count: 1, min: 3, of: [tech-skills]}
`;

/** An assessment written before the renames. */
const ASSESSMENT = yaml`
  kind: SelfAssessment
  ladder: renamed.ladder.yaml
  person: Old Timer
  date: 2026-11-01
  level: associate
  since: 2025-01-01
  target: senior-engineer
  history:
    - {level: associate, from: 2024-01-01, to: 2024-06-01}
  ratings:
    tech-skills: 3
    networking: 2
  checks: {peer-feedback: passed}
  metrics: {resolution-rate: 95}
  waivers:
    - {requirement: senior-tenure, reason: Approved.}
`;

const files = (assessment = ASSESSMENT, ladder = LADDER) => ({
  'renamed.ladder.yaml': ladder,
  'old.assessment.yaml': assessment,
});

describe('references to former ids', () => {
  it('resolve in a ladder, each with a renamed-id warning that names the current id', () => {
    const { ws } = workspaceOf(files());
    assert.deepEqual(seenWithMessage(LADDER, ws.diagnostics(uri('renamed.ladder.yaml'))), [
      {
        code: 'renamed-id',
        severity: 'warning',
        text: 'individual',
        message: "Track 'individual' was renamed to 'ic'.",
      },
      {
        code: 'renamed-id',
        severity: 'warning',
        text: 'tech-skills',
        message: "Competency 'tech-skills' was renamed to 'troubleshooting'.",
      },
      {
        code: 'renamed-id',
        severity: 'warning',
        text: 'senior-engineer',
        message: "Level 'senior-engineer' was renamed to 'senior'.",
      },
      {
        code: 'renamed-id',
        severity: 'warning',
        text: 'tech-skills',
        message: "Competency 'tech-skills' was renamed to 'troubleshooting'.",
      },
      {
        code: 'renamed-id',
        severity: 'warning',
        text: 'associate',
        message: "Level 'associate' was renamed to 'engineer'.",
      },
      {
        code: 'renamed-id',
        severity: 'warning',
        text: 'peer-feedback',
        message: "Check 'peer-feedback' was renamed to 'peer-review'.",
      },
      {
        code: 'renamed-id',
        severity: 'warning',
        text: 'resolution-rate',
        message: "Metric 'resolution-rate' was renamed to 'resolution'.",
      },
      {
        code: 'renamed-id',
        severity: 'warning',
        text: 'tech-skills',
        message: "Competency 'tech-skills' was renamed to 'troubleshooting'.",
      },
    ]);
  });

  it('resolve in an assessment: rating keys, level, target, history, checks, metrics and waivers', () => {
    const { ws } = workspaceOf(files());
    assert.deepEqual(
      seenWithMessage(ASSESSMENT, ws.diagnostics(uri('old.assessment.yaml'))).filter(
        (d) => d.code !== 'ladder-has-errors',
      ),
      [
        {
          code: 'renamed-id',
          severity: 'warning',
          text: 'associate',
          message: "Level 'associate' was renamed to 'engineer'.",
        },
        {
          code: 'renamed-id',
          severity: 'warning',
          text: 'senior-engineer',
          message: "Level 'senior-engineer' was renamed to 'senior'.",
        },
        {
          code: 'renamed-id',
          severity: 'warning',
          text: 'associate',
          message: "Level 'associate' was renamed to 'engineer'.",
        },
        {
          code: 'renamed-id',
          severity: 'warning',
          text: 'tech-skills',
          message: "Competency 'tech-skills' was renamed to 'troubleshooting'.",
        },
        {
          code: 'renamed-id',
          severity: 'warning',
          text: 'peer-feedback',
          message: "Check 'peer-feedback' was renamed to 'peer-review'.",
        },
        {
          code: 'renamed-id',
          severity: 'warning',
          text: 'resolution-rate',
          message: "Metric 'resolution-rate' was renamed to 'resolution'.",
        },
        {
          code: 'renamed-id',
          severity: 'warning',
          text: 'senior-tenure',
          message: "Requirement 'senior-tenure' was renamed to 'tenure'.",
        },
      ],
    );
  });

  it('resolve to a competency renamed in an included catalogue', () => {
    const catalogue =
      'kind: Competencies\nid: shared\ncompetencies:\n  - {id: writing, name: Writing, formerly: [docs]}\n';
    const ladder = LADDER.replace('scale:', 'include: [shared.competencies.yaml]\nscale:').replace(
      'networking: 2}',
      'networking: 2, docs: 2}',
    );
    const { ws } = workspaceOf({ ...files(ASSESSMENT, ladder), 'shared.competencies.yaml': catalogue });
    const found = withCode(ws.diagnostics(uri('renamed.ladder.yaml')), 'renamed-id', 'unknown-reference').filter(
      (d) => ladder.slice(d.span.start, d.span.end) === 'docs',
    );
    assert.deepEqual(
      found.map((d) => d.message),
      ["Competency 'docs' was renamed to 'writing'."],
    );
    assert.deepEqual(withCode(ws.diagnostics(uri('shared.competencies.yaml')), 'former-id-conflict'), []);
  });
});

describe('the renamed-id quick fix', () => {
  it('replaces every reference to the former id in the file in one fix, and the file then checks clean', () => {
    const { ws, host } = workspaceOf(files());
    const diagnostics = withCode(ws.diagnostics(uri('renamed.ladder.yaml')), 'renamed-id');
    const techSkills = diagnostics.filter((d) => LADDER.slice(d.span.start, d.span.end) === 'tech-skills');
    assert.equal(techSkills.length, 3);
    const fix = techSkills[0]!.fixes![0]!;
    assert.equal(fix.title, "Replace 'tech-skills' with 'troubleshooting' (3 places in this file)");
    assert.equal(fix.preferred, true);
    assert.deepEqual(
      fix.edits.map((e) => [LADDER.slice(e.span.start, e.span.end), e.newText]),
      Array(3).fill(['tech-skills', 'troubleshooting']),
    );
    for (const other of techSkills) assert.equal(other.fixes![0], fix, 'every occurrence offers the same fix');

    const all = techSkills[0]!.fixes![1]!;
    assert.equal(all.title, 'Replace all 8 former ids in this file with the current ones');
    const fixed = applyEdits(LADDER, all.edits);
    assert.equal(fixed.split('tech-skills').length - 1, 1, 'only the formerly entry still says tech-skills');
    host.set('renamed.ladder.yaml', fixed);
    ws.fileChangedOnDisk(uri('renamed.ladder.yaml'));
    assert.deepEqual(ws.diagnostics(uri('renamed.ladder.yaml')), []);
  });

  it('fixes an assessment written before the renames into one that checks clean and scores the same', () => {
    const { ws, host } = workspaceOf(files(ASSESSMENT, LADDER));
    const before = ws.score(uri('old.assessment.yaml')).report;
    const renamed = withCode(ws.diagnostics(uri('old.assessment.yaml')), 'renamed-id');
    const all = renamed[0]!.fixes!.find((f) => f.title.startsWith('Replace all'))!;
    assert.equal(all.edits.length, 7);
    const fixed = applyEdits(ASSESSMENT, all.edits);
    assert.equal(
      fixed,
      ASSESSMENT.replace('level: associate', 'level: engineer')
        .replace('target: senior-engineer', 'target: senior')
        .replace('{level: associate', '{level: engineer')
        .replace('tech-skills: 3', 'troubleshooting: 3')
        .replace('peer-feedback', 'peer-review')
        .replace('resolution-rate', 'resolution')
        .replace('senior-tenure', 'tenure'),
    );
    host.set('old.assessment.yaml', fixed);
    ws.fileChangedOnDisk(uri('old.assessment.yaml'));
    assert.deepEqual(
      withCode(ws.diagnostics(uri('old.assessment.yaml')), 'renamed-id', 'unknown-reference', 'duplicate-rating'),
      [],
    );
    assert.deepEqual(ws.score(uri('old.assessment.yaml')).report, before);
  });

  it('is offered once as a code action, however many of its warnings the range covers', () => {
    const { ws } = workspaceOf(files());
    const actions = codeActions(ws, uri('renamed.ladder.yaml'), { start: 0, end: LADDER.length });
    const titles = actions.map((a) => a.title);
    assert.deepEqual(
      titles.filter((t) => t.startsWith("Replace 'tech-skills'")),
      ["Replace 'tech-skills' with 'troubleshooting' (3 places in this file)"],
    );
    assert.equal(titles.filter((t) => t.startsWith('Replace all')).length, 1);
    assert.equal(new Set(titles).size, titles.length);
  });

  it('has no "replace all" fix when the file names a single former id', () => {
    const text = 'kind: SelfAssessment\nladder: renamed.ladder.yaml\nratings:\n  tech-skills: 2\n';
    const { ws } = workspaceOf(files(text));
    const [warning] = withCode(ws.diagnostics(uri('old.assessment.yaml')), 'renamed-id');
    assert.deepEqual(
      warning!.fixes!.map((f) => f.title),
      ["Replace 'tech-skills' with 'troubleshooting'"],
    );
  });
});

describe('scoring under former ids', () => {
  it('counts ratings, checks, metrics, waivers, level and history written under former ids', () => {
    const { ws } = workspaceOf(files());
    const report = ws.score(uri('old.assessment.yaml')).report!;
    assert.equal(report.level, 'engineer');
    const senior = report.levels.find((level) => level.id === 'senior')!;
    assert.deepEqual(senior.expectations, [
      { competency: 'troubleshooting', expected: 3, rated: 3, status: 'met' },
      { competency: 'networking', expected: 2, rated: 2, status: 'met' },
    ]);
    assert.deepEqual(
      senior.requirements.map((r) => [r.id ?? r.type, r.status, r.detail]),
      [
        ['tenure', 'waived', 'waived (2.2 years at Engineer (needs 1))'], // 152 days of history + 669 since
        ['review', 'met', 'Peer review: passed'],
        ['fast', 'met', 'Resolution: 95% (needs at least 90%)'],
        ['competencies', 'met', '1 rated 3 or higher of troubleshooting (needs 1)'],
      ],
    );
    assert.equal(senior.status, 'eligible');
    assert.equal(senior.readiness, 1);
  });

  it('lets a what-if of the current id replace a rating written under the former id', () => {
    const { service } = workspaceOf(files());
    const report = service.score(uri('old.assessment.yaml'), { overrides: { troubleshooting: 1 } }).report!;
    const senior = report.levels.find((level) => level.id === 'senior')!;
    assert.deepEqual(senior.expectations[0], { competency: 'troubleshooting', expected: 3, rated: 1, status: 'gap' });
  });
});

describe('conflicting former ids', () => {
  it("are errors: the item's own id, the id of another current item, one claimed twice", () => {
    const ladder = yaml`
      kind: Ladder
      id: conflicts
      scale: [{id: 1}]
      competencies:
        - {id: a, formerly: [a]}
        - {id: b, formerly: [a, old]}
        - {id: c, formerly: [old]}
      tracks: [{id: t}]
      levels:
        - {id: one, name: One, track: t, rank: 1, formerly: [two]}
        - {id: two, name: Two, track: t, rank: 2}
    `;
    const { ws } = workspaceOf({ 'c.ladder.yaml': ladder });
    assert.deepEqual(seenWithMessage(ladder, withCode(ws.diagnostics(uri('c.ladder.yaml')), 'former-id-conflict')), [
      {
        code: 'former-id-conflict',
        severity: 'error',
        text: 'a',
        message: "'a' is the current id of this competency; formerly lists only the ids it had before.",
      },
      {
        code: 'former-id-conflict',
        severity: 'error',
        text: 'a',
        message: "'a' is the id of a current competency, so it cannot also be a former id of 'b'.",
      },
      {
        code: 'former-id-conflict',
        severity: 'error',
        text: 'old',
        message: "'old' is already a former id of competency 'b'; a former id belongs to one competency only.",
      },
      {
        code: 'former-id-conflict',
        severity: 'error',
        text: 'two',
        message: "'two' is the id of a current level, so it cannot also be a former id of 'one'.",
      },
    ]);
  });

  it('are reported in a catalogue that claims a former id of a competency of the including ladder', () => {
    const catalogue =
      'kind: Competencies\nid: shared\ncompetencies:\n  - {id: writing, formerly: [tech-skills, troubleshooting]}\n';
    const ladder = LADDER.replace('scale:', 'include: [shared.competencies.yaml]\nscale:');
    const { ws } = workspaceOf({ ...files(ASSESSMENT, ladder), 'shared.competencies.yaml': catalogue });
    assert.deepEqual(
      seenWithMessage(catalogue, withCode(ws.diagnostics(uri('shared.competencies.yaml')), 'former-id-conflict')),
      [
        {
          code: 'former-id-conflict',
          severity: 'error',
          text: 'tech-skills',
          message:
            "'tech-skills' is already a former id of competency 'troubleshooting' in renamed.ladder.yaml; a former id belongs to one competency only.",
        },
        {
          code: 'former-id-conflict',
          severity: 'error',
          text: 'troubleshooting',
          message:
            "'troubleshooting' is the id of a current competency in renamed.ladder.yaml, so it cannot also be a former id of 'writing'.",
        },
      ],
    );
    assert.deepEqual(withCode(ws.diagnostics(uri('renamed.ladder.yaml')), 'former-id-conflict'), []);
  });

  it('in a catalogue come and go with an edit of another catalogue of the same ladder', () => {
    const first = 'kind: Competencies\nid: first\ncompetencies:\n  - {id: writing, formerly: [prose]}\n';
    const second = 'kind: Competencies\nid: second\ncompetencies:\n  - {id: coding}\n';
    const ladder = LADDER.replace('scale:', 'include: [first.competencies.yaml, second.competencies.yaml]\nscale:');
    const { ws } = workspaceOf({
      ...files(ASSESSMENT, ladder),
      'first.competencies.yaml': first,
      'second.competencies.yaml': second,
    });
    const conflicts = () =>
      seenWithMessage(first, withCode(ws.diagnostics(uri('first.competencies.yaml')), 'former-id-conflict'));
    assert.deepEqual(conflicts(), []);
    ws.setOpenDocument(uri('second.competencies.yaml'), second.replace('coding', 'prose'));
    assert.deepEqual(conflicts(), [
      {
        code: 'former-id-conflict',
        severity: 'error',
        text: 'prose',
        message:
          "'prose' is the id of a current competency in second.competencies.yaml, so it cannot also be a former id of 'writing'.",
      },
    ]);
    ws.setOpenDocument(uri('second.competencies.yaml'), second);
    assert.deepEqual(conflicts(), []);
  });

  it('in an assessment, rating both a former id and its current id is a duplicate rating', () => {
    const text =
      'kind: SelfAssessment\nladder: renamed.ladder.yaml\nratings:\n  tech-skills: 2\n  troubleshooting: 3\nchecks: {peer-review: passed, peer-feedback: failed}\n';
    const { ws } = workspaceOf(files(text));
    assert.deepEqual(
      seenWithMessage(text, withCode(ws.diagnostics(uri('old.assessment.yaml')), 'duplicate-rating', 'duplicate-id')),
      [
        {
          code: 'duplicate-rating',
          severity: 'error',
          text: 'troubleshooting',
          message:
            "Competency 'troubleshooting' is rated twice: as 'tech-skills' (its former id) and as 'troubleshooting'. Keep one.",
        },
        {
          code: 'duplicate-id',
          severity: 'error',
          text: 'peer-feedback',
          message:
            "Check 'peer-review' is recorded twice: as 'peer-review' and as 'peer-feedback' (its former id). Keep one.",
        },
      ],
    );
  });

  it('in a level, expecting a competency under both ids is an error', () => {
    const ladder = LADDER.replace(
      'expectations: {tech-skills: 3, networking: 2}',
      'expectations: {tech-skills: 3, troubleshooting: 2}',
    );
    const { ws } = workspaceOf(files(ASSESSMENT, ladder));
    assert.deepEqual(
      withCode(ws.diagnostics(uri('renamed.ladder.yaml')), 'duplicate-id').map((d) => d.message),
      [
        "Competency 'troubleshooting' is expected twice: as 'tech-skills' (its former id) and as 'troubleshooting'. Keep one.",
      ],
    );
  });
});

describe('editor features and former ids', () => {
  it('completion offers current ids only, and not a competency already rated under its former id', () => {
    const text = 'kind: SelfAssessment\nladder: renamed.ladder.yaml\nratings:\n  tech-skills: 2\n  |\n';
    const completed = completeAt(files(text), 'old.assessment.yaml');
    assert.deepEqual(labels(completed.entries), ['networking']);
    const level = completeAt(
      files('kind: SelfAssessment\nladder: renamed.ladder.yaml\nlevel: |\n'),
      'old.assessment.yaml',
    );
    assert.deepEqual(labels(level.entries), ['engineer', 'senior']);
  });

  it('hover on a former id says what it was renamed to; hover on the item lists its former ids', () => {
    const { ws } = workspaceOf(files());
    const onFormer = hover(ws, uri('old.assessment.yaml'), ASSESSMENT.indexOf('tech-skills') + 2)!;
    assert.equal(ASSESSMENT.slice(onFormer.span.start, onFormer.span.end), 'tech-skills');
    assert.match(
      onFormer.markdown,
      /^`tech-skills` was renamed to `troubleshooting`: write the current id\.\n\n\*\*Troubleshooting\*\* `troubleshooting`\n\nFormerly: `tech-skills`\n\n/,
    );
    const onItem = hover(ws, uri('renamed.ladder.yaml'), LADDER.indexOf('id: senior') + 5)!;
    assert.match(onItem.markdown, /^\*\*Senior\*\* `senior`\n\nFormerly: `senior-engineer`\n\n/);
  });

  it('go to definition on a former id leads to the renamed item', () => {
    const { ws } = workspaceOf(files());
    const [target] = definition(ws, uri('old.assessment.yaml'), ASSESSMENT.indexOf('senior-engineer') + 1);
    assert.equal(target!.uri, uri('renamed.ladder.yaml'));
    assert.equal(LADDER.slice(target!.span.start, target!.span.end), 'senior');
    assert.equal(target!.span.start, LADDER.indexOf('id: senior') + 4);
  });
});

describe('the schemas and formerly', () => {
  it('accept formerly on competencies, levels, tracks, checks, metrics and requirements, and on catalogue competencies', () => {
    assert.deepEqual(analyze('renamed.ladder.yaml', LADDER).diagnostics, []);
    assert.deepEqual(
      analyze(
        's.competencies.yaml',
        'kind: Competencies\nid: s\ncompetencies:\n  - {id: writing, formerly: [docs, prose]}\n',
      ).diagnostics,
      [],
    );
  });

  it('reject a former id that is not a slug, and formerly that is not a list', () => {
    const text =
      'kind: Competencies\nid: s\ncompetencies:\n  - {id: writing, formerly: [Docs]}\n  - {id: speaking, formerly: talk}\n';
    assert.deepEqual(
      analyze('s.competencies.yaml', text).diagnostics.map((d) => [d.code, text.slice(d.span.start, d.span.end)]),
      [
        ['invalid-value', 'Docs'],
        ['wrong-type', 'talk'],
      ],
    );
  });
});
