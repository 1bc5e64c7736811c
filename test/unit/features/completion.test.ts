import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { BASE_CATALOGUE, BASE_LADDER, yaml } from '../helpers';
import { LADDER_WITH_CATALOGUE, completeAt, edit, labels } from './support';

const ladder = (text: string) => completeAt({ 'l.ladder.yaml': text }, 'l.ladder.yaml');
const withCatalogue = (text: string) =>
  completeAt({ 'l.ladder.yaml': text, 'support.competencies.yaml': BASE_CATALOGUE }, 'l.ladder.yaml');

describe('completion: ladder keys', () => {
  it('offers the top-level keys not yet written, on a new line at the end', () => {
    const result = ladder(`${BASE_LADDER}|`);
    assert.deepEqual(labels(result.entries), ['description', 'include']);
    assert.equal(result.apply('include'), `${BASE_LADDER}include:\n  - `);
    assert.equal(
      result.entry('include').documentation,
      'Optional: paths (relative to this file) of Competencies files whose competencies join this ladder.',
    );
  });

  it('offers every top-level key in an empty file, and `kind` inserts its value', () => {
    const result = ladder('|');
    assert.deepEqual(labels(result.entries), [
      'checks',
      'competencies',
      'description',
      'id',
      'include',
      'kind',
      'levels',
      'metrics',
      'name',
      'scale',
      'tracks',
    ]);
    assert.equal(result.apply('kind'), 'kind: Ladder');
    assert.equal(result.apply('levels'), 'levels:\n  - ');
    assert.equal(result.entry('name').detail, 'string (required)');
  });

  it('completes a partial key on an otherwise blank line inside a level, without the keys already there', () => {
    const result = ladder(edit(BASE_LADDER, '    track: ic\n    rank: 2', '    tr|\n    rank: 2'));
    assert.deepEqual(labels(result.entries), ['description', 'formerly', 'responsibilities', 'summary', 'track']);
    assert.equal(result.apply('track'), edit(BASE_LADDER, '    track: ic\n    rank: 2', '    track: \n    rank: 2'));
    assert.equal(
      result.apply('responsibilities'),
      edit(BASE_LADDER, '    track: ic\n    rank: 2', '    responsibilities:\n      - \n    rank: 2'),
    );
  });

  it('replaces only the key when its colon is already written', () => {
    const result = ladder(edit(BASE_LADDER, '    track: ic\n    rank: 2', '    tra|: ic\n    rank: 2'));
    assert.equal(result.apply('track'), BASE_LADDER);
  });

  it('offers the keys of a new list item and the item snippets after `- `', () => {
    const result = ladder(edit(BASE_LADDER, '    name: IC\n', '    name: IC\n  - |\n'));
    assert.deepEqual(labels(result.entries), ['New track', 'description', 'formerly', 'id', 'name']);
    assert.equal(
      result.apply('New track'),
      edit(BASE_LADDER, '    name: IC\n', '    name: IC\n  - id: track-id\n    name: Track name\n'),
    );
    assert.equal(result.apply('id'), edit(BASE_LADDER, '    name: IC\n', '    name: IC\n  - id: \n'));
  });

  it('offers a snippet for each requirement type in a requirements list', () => {
    const result = ladder(edit(BASE_LADDER, '      - check: peer-review\n', '      - check: peer-review\n      - |\n'));
    const snippets = result.entries.filter((e) => e.kind === 'snippet').map((e) => e.label);
    assert.deepEqual(snippets, [
      'time-at-level (rank)',
      'time-at-level (level)',
      'experience',
      'competencies (group)',
      'competencies (list)',
      'check',
      'metric',
      'any-of',
      'all-of',
    ]);
    assert.deepEqual(labels(result.entries.filter((e) => e.kind === 'property')), [
      'all-of',
      'any-of',
      'check',
      'competencies',
      'description',
      'experience',
      'formerly',
      'id',
      'metric',
      'time-at-level',
    ]);
    assert.equal(result.entry('any-of', 'snippet').isSnippet, true);
    assert.equal(
      result.apply('any-of', 'snippet'),
      edit(
        BASE_LADDER,
        '      - check: peer-review\n',
        [
          '      - check: peer-review',
          '      - id: requirement-id',
          '        any-of:',
          '          - check: check-id',
          '          - experience:',
          '              years: 3',
          '',
        ].join('\n'),
      ),
    );
  });

  it('inserts a whole new level that parses as the level it shows', () => {
    const result = ladder(edit(BASE_LADDER, 'levels:\n', 'levels:\n  - |\n'));
    const text = result.apply('New level');
    const doc = parseDocument(text);
    assert.deepEqual(doc.errors, []);
    assert.deepEqual((doc.toJS() as { levels: unknown[] }).levels[0], {
      id: 'level-id',
      name: 'Level name',
      track: 'track-id',
      rank: 1,
      summary: 'One-line summary.',
      responsibilities: ['A responsibility.'],
      expectations: { 'competency-id': 2 },
      requirements: [{ id: 'requirement-id', 'time-at-level': { years: 1, rank: 1 } }],
      next: ['next-level-id'],
    });
  });

  it('offers a new item as a block after `key:` of a list', () => {
    const result = ladder(
      edit(BASE_LADDER, 'tracks:\n  - id: core\n    name: Core\n  - id: ic\n    name: IC\n', 'tracks: |\n'),
    );
    assert.deepEqual(labels(result.entries), ['New track']);
    assert.equal(
      result.apply('New track'),
      edit(
        BASE_LADDER,
        'tracks:\n  - id: core\n    name: Core\n  - id: ic\n    name: IC\n',
        'tracks:\n  - id: track-id\n    name: Track name\n',
      ),
    );
  });

  it('offers the keys of a flow mapping', () => {
    const result = ladder(edit(BASE_LADDER, '{years: 1, rank: 1}', '{years: 1, |}'));
    assert.deepEqual(labels(result.entries), ['level', 'rank']);
    assert.equal(result.apply('rank'), edit(BASE_LADDER, '{years: 1, rank: 1}', '{years: 1, rank: }'));
  });
});

describe('completion: ladder references', () => {
  it('offers track ids after `track:`', () => {
    const result = ladder(edit(BASE_LADDER, 'track: ic\n    rank: 2', 'track: |\n    rank: 2'));
    assert.deepEqual(labels(result.entries), ['core', 'ic']);
    assert.equal(result.entry('ic').detail, 'IC');
    assert.equal(result.apply('ic'), BASE_LADDER);
  });

  it('replaces a partly typed track id', () => {
    const result = ladder(edit(BASE_LADDER, 'track: ic\n    rank: 2', 'track: co|\n    rank: 2'));
    assert.deepEqual(labels(result.entries), ['core', 'ic']);
    assert.equal(result.apply('core'), edit(BASE_LADDER, 'track: ic\n    rank: 2', 'track: core\n    rank: 2'));
  });

  it('offers the other levels in a flow `next` list, not the level itself or those listed', () => {
    const result = ladder(edit(BASE_LADDER, 'next: [staff]', 'next: [staff, |]'));
    assert.deepEqual(labels(result.entries), ['engineer']);
    assert.equal(result.apply('engineer'), edit(BASE_LADDER, 'next: [staff]', 'next: [staff, engineer]'));
  });

  it('offers levels for a new `- ` item of a block `next` list', () => {
    const result = ladder(edit(BASE_LADDER, '    next: [senior]', '    next:\n      - |'));
    assert.deepEqual(labels(result.entries), ['senior', 'staff']);
    assert.equal(result.apply('senior'), edit(BASE_LADDER, '    next: [senior]', '    next:\n      - senior'));
  });

  it('offers the competencies a level does not expect yet as expectation keys', () => {
    const result = ladder(
      edit(BASE_LADDER, '      networking: 2\n    requirements', '      networking: 2\n      |\n    requirements'),
    );
    assert.deepEqual(labels(result.entries), ['writing']);
    assert.equal(result.entry('writing').detail, 'Writing');
    assert.equal(
      result.apply('writing'),
      edit(
        BASE_LADDER,
        '      networking: 2\n    requirements',
        '      networking: 2\n      writing: \n    requirements',
      ),
    );
  });

  it('offers scale ids as expectation values, documented with the descriptor of that competency', () => {
    const text = edit(
      LADDER_WITH_CATALOGUE,
      '      troubleshooting: 2\n      networking: 2',
      '      troubleshooting: |\n      networking: 2',
    );
    const result = withCatalogue(text);
    assert.deepEqual(labels(result.entries), ['1', '2', '3']);
    assert.equal(result.entry('3').detail, 'Expert');
    assert.match(result.entry('3').documentation!, /at 3: Teaches others\./);
    assert.match(result.entry('2').documentation!, /\(no descriptor\)/);
    assert.equal(
      result.apply('3'),
      edit(
        LADDER_WITH_CATALOGUE,
        '      troubleshooting: 2\n      networking: 2',
        '      troubleshooting: 3\n      networking: 2',
      ),
    );
  });

  it('offers ranks for time-at-level rank and levels for time-at-level level', () => {
    const rank = ladder(edit(BASE_LADDER, '{years: 1, rank: 1}', '{years: 1, rank: |}'));
    assert.deepEqual(labels(rank.entries), ['1', '2', '3']);
    assert.equal(rank.entry('2').detail, 'Senior');
    const level = ladder(edit(BASE_LADDER, '{years: 1, rank: 1}', '{years: 1, level: en|}'));
    assert.deepEqual(labels(level.entries), ['engineer', 'senior', 'staff']);
    assert.equal(level.apply('engineer'), edit(BASE_LADDER, '{years: 1, rank: 1}', '{years: 1, level: engineer}'));
  });

  it('offers check ids after `check:` and metric ids in a metric requirement', () => {
    const check = ladder(edit(BASE_LADDER, '      - check: peer-review\n', '      - check: |\n'));
    assert.deepEqual(labels(check.entries), ['documented-need', 'peer-review']);
    const metric = ladder(edit(BASE_LADDER, '      - check: peer-review\n', '      - metric:\n          id: |\n'));
    assert.deepEqual(labels(metric.entries), ['resolution']);
    assert.equal(
      metric.apply('resolution'),
      edit(BASE_LADDER, '      - check: peer-review\n', '      - metric:\n          id: resolution\n'),
    );
  });

  it('offers competencies in `of` and groups in `group` inside nested requirements', () => {
    const of = ladder(
      edit(
        BASE_LADDER,
        '      - check: peer-review\n',
        '      - any-of:\n          - competencies: {count: 1, min: 2, of: [troubleshooting, |]}\n',
      ),
    );
    assert.deepEqual(labels(of.entries), ['networking', 'writing']);
    const group = ladder(
      edit(
        BASE_LADDER,
        '      - check: peer-review\n',
        '      - competencies:\n          count: 1\n          min: 2\n          group: |\n',
      ),
    );
    assert.deepEqual(labels(group.entries), ['core', 'soft']);
    assert.equal(group.entry('core').detail, '2 competencies');
    const min = ladder(edit(BASE_LADDER, '      - check: peer-review\n', '      - competencies: {count: 1, min: |}\n'));
    assert.deepEqual(labels(min.entries), ['1', '2', '3']);
  });

  it('offers the enum values of a metric unit and direction', () => {
    const unit = ladder(edit(BASE_LADDER, '    unit: percent', '    unit: |'));
    assert.deepEqual(labels(unit.entries), ['count', 'days', 'hours', 'minutes', 'percent', 'ratio', 'score']);
    const better = ladder(edit(BASE_LADDER, '    better: higher', '    better: l|'));
    assert.deepEqual(labels(better.entries), ['higher', 'lower']);
    assert.equal(better.apply('lower'), edit(BASE_LADDER, '    better: higher', '    better: lower'));
  });

  it('offers known catalogue files under `include`', () => {
    const text = edit(LADDER_WITH_CATALOGUE, '  - support.competencies.yaml\n', '  - |\n');
    const result = completeAt(
      { 'l.ladder.yaml': text, 'support.competencies.yaml': BASE_CATALOGUE, 'other.ladder.yaml': BASE_LADDER },
      'l.ladder.yaml',
    );
    assert.deepEqual(labels(result.entries), ['support.competencies.yaml']);
    assert.equal(result.entry('support.competencies.yaml').kind, 'file');
  });

  it('offers the scale ids not yet described as descriptor keys', () => {
    const text = edit(
      BASE_LADDER,
      '    name: Writing\n',
      '    name: Writing\n    descriptors:\n      1: Drafts with help.\n      |\n',
    );
    const result = ladder(text);
    assert.deepEqual(labels(result.entries), ['2', '3']);
    assert.equal(
      result.apply('3'),
      edit(text.replace('|', ''), '      1: Drafts with help.\n      \n', '      1: Drafts with help.\n      3: \n'),
    );
  });

  it('offers a new expectation as a snippet when the ladder has no competencies to propose', () => {
    const text = yaml`
      kind: Ladder
      levels:
        - id: one
          expectations: |
    `;
    const result = ladder(text);
    assert.deepEqual(labels(result.entries), ['New expectation']);
    assert.equal(
      result.apply('New expectation'),
      'kind: Ladder\nlevels:\n  - id: one\n    expectations:\n      competency-id: 2\n',
    );
  });
});

describe('completion: where nothing is offered', () => {
  it('offers nothing in a comment', () => {
    assert.deepEqual(ladder(edit(BASE_LADDER, 'kind: Ladder', 'kind: Ladder # a com|ment')).entries, []);
  });

  it('offers nothing inside a block scalar or a continued plain scalar', () => {
    const block = yaml`
      kind: Ladder
      description: >-
        First line
        tr|
      id: x
    `;
    assert.deepEqual(ladder(block).entries, []);
    const plain = yaml`
      kind: Ladder
      description: First line
        tr|
      id: x
    `;
    assert.deepEqual(ladder(plain).entries, []);
  });

  it('offers the top-level keys again on the line after a block scalar', () => {
    const text = yaml`
      kind: Ladder
      description: >
        Text.

    `;
    const result = ladder(`${text}|`);
    assert.ok(labels(result.entries).includes('levels'));
    assert.ok(!labels(result.entries).includes('description'));
  });

  it('offers no ids for a value that defines one', () => {
    assert.deepEqual(ladder(edit(BASE_LADDER, '  - id: staff', '  - id: |')).entries, []);
  });
});

describe('completion: files without a known kind', () => {
  it('offers `kind` with its four values', () => {
    const key = completeAt({ 'notes.yaml': '|' }, 'notes.yaml');
    assert.deepEqual(labels(key.entries), ['kind']);
    assert.equal(key.apply('kind'), 'kind: Ladder');
    const value = completeAt({ 'notes.yaml': 'kind: |' }, 'notes.yaml');
    assert.deepEqual(labels(value.entries), ['Competencies', 'Ladder', 'Review', 'SelfAssessment']);
  });
});
