import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_CATALOGUE, BASE_LADDER } from '../helpers';
import { BASE_ASSESSMENT, LADDER_WITH_CATALOGUE, assessmentFiles, completeAt, edit, labels } from './support';

const assessment = (text: string) => completeAt(assessmentFiles(text), 'a.assessment.yaml');
const change = (from: string, to: string) => edit(BASE_ASSESSMENT, from, to);

describe('completion: assessment', () => {
  it('offers the relative paths of known ladders after `ladder:`', () => {
    const result = assessment(change('ladder: ladder.ladder.yaml', 'ladder: |'));
    assert.deepEqual(labels(result.entries), ['ladder.ladder.yaml', 'other.ladder.yaml']);
    assert.equal(result.entry('other.ladder.yaml').detail, 'Other Ladder');
    assert.equal(result.entry('other.ladder.yaml').kind, 'file');
    assert.equal(result.apply('ladder.ladder.yaml'), BASE_ASSESSMENT);
  });

  it('offers paths relative to the assessment in another folder', () => {
    const result = completeAt(
      {
        'ladder.ladder.yaml': BASE_LADDER,
        'other.ladder.yaml': BASE_LADDER,
        'support.competencies.yaml': BASE_CATALOGUE,
        'people/b.assessment.yaml': 'kind: SelfAssessment\nladder: |\n',
      },
      'people/b.assessment.yaml',
    );
    assert.deepEqual(labels(result.entries), ['../ladder.ladder.yaml', '../other.ladder.yaml']);
  });

  it('offers level ids for level, target and history levels', () => {
    const level = assessment(change('level: engineer', 'level: s|'));
    assert.deepEqual(labels(level.entries), ['engineer', 'senior', 'staff']);
    assert.equal(level.entry('senior').detail, 'Senior · rank 2');
    assert.equal(level.apply('senior'), change('level: engineer', 'level: senior'));
    const history = assessment(
      change('since: 2025-06-01\n', 'since: 2025-06-01\nhistory:\n  - {level: |, from: 2024-01-01, to: 2025-06-01}\n'),
    );
    assert.deepEqual(labels(history.entries), ['engineer', 'senior', 'staff']);
    assert.equal(
      history.apply('engineer'),
      change(
        'since: 2025-06-01\n',
        'since: 2025-06-01\nhistory:\n  - {level: engineer, from: 2024-01-01, to: 2025-06-01}\n',
      ),
    );
  });

  it('replaces a quoted partial value, quotes included', () => {
    const result = assessment(change('level: engineer\n', 'level: engineer\ntarget: "st|"\n'));
    assert.equal(result.entry('staff').filterText, '"staff');
    assert.equal(result.apply('staff'), change('level: engineer\n', 'level: engineer\ntarget: staff\n'));
  });

  it('offers the competencies not yet rated on a new line in `ratings`, with what the next level expects', () => {
    const result = assessment(change('  troubleshooting: 2\n', '  troubleshooting: 2\n  |\n'));
    assert.deepEqual(labels(result.entries), ['networking', 'writing']);
    assert.equal(result.entry('networking').detail, 'networking · expected 2 by Senior');
    assert.equal(result.entry('writing').detail, 'Writing');
    assert.match(result.entry('networking').documentation!, /Next levels expect: 2 by Senior/);
    assert.ok(
      result.entry('networking').sortText! < result.entry('writing').sortText!,
      'expected competencies come first',
    );
    assert.equal(
      result.apply('networking'),
      change('  troubleshooting: 2\n', '  troubleshooting: 2\n  networking: \n'),
    );
  });

  it('completes a partly typed competency key in `ratings`', () => {
    const result = assessment(change('  troubleshooting: 2\n', '  troubleshooting: 2\n  net|\n'));
    assert.deepEqual(labels(result.entries), ['networking', 'writing']);
    assert.equal(
      result.apply('networking'),
      change('  troubleshooting: 2\n', '  troubleshooting: 2\n  networking: \n'),
    );
  });

  it('offers scale ids as a rating, documented with the competency descriptor', () => {
    const result = assessment(change('  troubleshooting: 2\n', '  troubleshooting: |\n'));
    assert.deepEqual(labels(result.entries), ['1', '2', '3', 'Rating with evidence']);
    assert.match(result.entry('1').documentation!, /at 1: Follows runbooks\./);
    assert.equal(result.entry('1').detail, 'Learning');
    assert.equal(result.apply('3'), change('  troubleshooting: 2\n', '  troubleshooting: 3\n'));
    assert.equal(
      result.apply('Rating with evidence'),
      change(
        '  troubleshooting: 2\n',
        [
          '  troubleshooting:',
          '    rating: 3',
          '    evidence:',
          '      - Link or description of the evidence',
          '    note: Note.',
          '',
        ].join('\n'),
      ),
    );
  });

  it('offers scale ids after `rating:` in a detailed rating', () => {
    const result = assessment(
      change('  troubleshooting: 2\n', '  troubleshooting:\n    rating: |\n    note: Led the outage.\n'),
    );
    assert.deepEqual(labels(result.entries), ['1', '2', '3']);
    assert.equal(
      result.apply('2'),
      change('  troubleshooting: 2\n', '  troubleshooting:\n    rating: 2\n    note: Led the outage.\n'),
    );
  });

  it('offers the keys of a detailed rating not yet written', () => {
    const result = assessment(change('  troubleshooting: 2\n', '  troubleshooting:\n    rating: 2\n    |\n'));
    assert.deepEqual(labels(result.entries), ['evidence', 'note']);
    assert.equal(
      result.apply('evidence'),
      change('  troubleshooting: 2\n', '  troubleshooting:\n    rating: 2\n    evidence:\n      - \n'),
    );
  });

  it('offers unrecorded check ids as keys and the statuses as values', () => {
    const key = assessment(change('  peer-review: passed\n', '  peer-review: passed\n  |\n'));
    assert.deepEqual(labels(key.entries), ['documented-need']);
    assert.equal(key.entry('documented-need').detail, 'Documented need');
    const value = assessment(change('  peer-review: passed\n', '  peer-review: p|\n'));
    assert.deepEqual(labels(value.entries), ['failed', 'passed', 'pending']);
    assert.equal(value.apply('pending'), change('  peer-review: passed\n', '  peer-review: pending\n'));
  });

  it('offers metric ids as keys under `metrics`', () => {
    const result = assessment(change('  resolution: 90\n', '  |\n'));
    assert.deepEqual(labels(result.entries), ['resolution']);
    assert.equal(result.apply('resolution'), change('  resolution: 90\n', '  resolution: \n'));
  });

  it('offers requirement ids not yet waived in waivers', () => {
    const files = assessmentFiles(
      change('  - requirement: tenure\n    reason: Urgent need.\n', '  - requirement: |\n'),
    );
    files['ladder.ladder.yaml'] = edit(
      LADDER_WITH_CATALOGUE,
      '      - check: peer-review',
      '      - id: review\n        check: peer-review',
    );
    const result = completeAt(files, 'a.assessment.yaml');
    assert.deepEqual(labels(result.entries), ['review', 'tenure']);
    assert.equal(result.entry('tenure').detail, 'Senior: time-at-level');
    assert.match(result.entry('tenure').documentation!, /At least 1 year at rank 1/);
    const second = completeAt(
      {
        ...files,
        'a.assessment.yaml': change('    reason: Urgent need.\n', '    reason: Urgent need.\n  - requirement: |\n'),
      },
      'a.assessment.yaml',
    );
    assert.deepEqual(labels(second.entries), ['review']);
  });

  it('offers the top-level keys not yet written', () => {
    const result = assessment(change('since: 2025-06-01\n', 'since: 2025-06-01\n|\n'));
    assert.deepEqual(labels(result.entries), ['experience-years', 'history', 'target']);
    assert.equal(result.apply('history'), change('since: 2025-06-01\n', 'since: 2025-06-01\nhistory:\n  - \n'));
  });

  it('offers the keys of a history entry not yet written', () => {
    const result = assessment(
      change('since: 2025-06-01\n', 'since: 2025-06-01\nhistory:\n  - level: engineer\n    |\n'),
    );
    assert.deepEqual(labels(result.entries), ['from', 'to']);
  });

  it('still offers schema keys and values when the ladder cannot be read', () => {
    const text = change('ladder: ladder.ladder.yaml', 'ladder: missing.ladder.yaml').replace(
      '  troubleshooting: 2\n',
      '  troubleshooting: |\n',
    );
    const result = completeAt({ 'a.assessment.yaml': text }, 'a.assessment.yaml');
    assert.deepEqual(labels(result.entries), ['Rating with evidence']);
  });
});

describe('completion: competency catalogue', () => {
  const files = (catalogue: string) => ({
    'l.ladder.yaml': LADDER_WITH_CATALOGUE,
    'support.competencies.yaml': catalogue,
  });

  it('offers the scale of the ladder that includes it as descriptor keys', () => {
    const result = completeAt(
      files(edit(BASE_CATALOGUE, '      3: Teaches others.\n', '      3: Teaches others.\n      |\n')),
      'support.competencies.yaml',
    );
    assert.deepEqual(labels(result.entries), ['2']);
    assert.equal(result.entry('2').detail, 'Practising');
  });

  it('offers the groups in use for `group`', () => {
    const result = completeAt(
      files(edit(BASE_CATALOGUE, '  - id: networking\n    group: core\n', '  - id: networking\n    group: |\n')),
      'support.competencies.yaml',
    );
    assert.deepEqual(labels(result.entries), ['core', 'soft']);
  });

  it('offers the competency snippet for a new item', () => {
    const result = completeAt(files(`${BASE_CATALOGUE}  - |\n`), 'support.competencies.yaml');
    assert.deepEqual(labels(result.entries), [
      'New competency',
      'description',
      'descriptors',
      'formerly',
      'group',
      'id',
      'name',
    ]);
    assert.equal(
      result.apply('New competency'),
      `${BASE_CATALOGUE}${[
        '  - id: competency-id',
        '    name: Competency name',
        '    group: core',
        '    description: What this competency covers.',
        '    descriptors:',
        '      1: What the lowest rating looks like.',
        '      3: What the highest rating looks like.',
        '',
      ].join('\n')}`,
    );
  });

  it('works without any ladder including it', () => {
    const result = completeAt({ 'support.competencies.yaml': `${BASE_CATALOGUE}|` }, 'support.competencies.yaml');
    assert.deepEqual(labels(result.entries), ['description', 'name']);
  });
});
