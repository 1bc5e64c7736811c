import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prepareRename, rename, type RenameOptions } from '../../../server/src/core/features/rename';
import { yaml } from '../helpers';
import { RENAME_ASSESSMENT, RENAME_CATALOGUE, RENAME_FILES, RENAME_LADDER, RENAME_REVIEW } from './renameFixtures';
import { atCursor, edit, slice } from './support';

/** The files changed by renaming the id at the `|` put into `name` (by replacing `from` with `to`), with their new texts. */
function renamed(
  name: string,
  from: string,
  to: string,
  newId: string,
  options?: RenameOptions,
  files: Record<string, string> = RENAME_FILES,
): Record<string, string> | string {
  const { ws, offset, uri } = atCursor({ ...files, [name]: edit(files[name]!, from, to) }, name);
  const plan = rename(ws, uri, offset, newId, options);
  if ('problem' in plan) return plan.problem;
  const result: Record<string, string> = {};
  for (const file of plan.files) {
    const fileName = file.uri.replace('file:///ws/', '');
    let text = files[fileName]!;
    for (const change of [...file.edits].reverse())
      text = text.slice(0, change.span.start) + change.newText + text.slice(change.span.end);
    result[fileName] = text;
  }
  return result;
}

/** `text` with each [from, to] replaced, every occurrence. */
function replaced(text: string, ...pairs: [string, string][]): string {
  return pairs.reduce((acc, [from, to]) => {
    assert.ok(acc.includes(from), from);
    return acc.split(from).join(to);
  }, text);
}

describe('rename: every kind of id, across files', () => {
  it('renames a competency of the ladder from a rating key: definition, expectations, requirements, ratings of the assessment and the review, and records formerly', () => {
    assert.deepEqual(renamed('a.assessment.yaml', '  writing: 2', '  wri|ting: 2', 'clear-writing'), {
      'a.assessment.yaml': edit(RENAME_ASSESSMENT, '  writing: 2', '  clear-writing: 2'),
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['  - id: writing\n', '  - id: clear-writing\n    formerly: [writing]\n'],
        ['{writing: 1,', '{clear-writing: 1,'],
        ['      writing: 2', '      clear-writing: 2'],
        ['[networking, writing]', '[networking, clear-writing]'],
      ),
      'm.review.yaml': edit(RENAME_REVIEW, '  writing: {', '  clear-writing: {'),
    });
  });

  it('renames a competency of a catalogue, appends to its block formerly list and leaves references to a former id alone', () => {
    assert.deepEqual(renamed('l.ladder.yaml', '      networking: 3', '      net|working: 3', 'networks'), {
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['networking: 2}', 'networks: 2}'],
        ['      networking: 3', '      networks: 3'],
        ['[networking, writing]', '[networks, writing]'],
      ),
      'm.review.yaml': edit(RENAME_REVIEW, '  networking: 2', '  networks: 2'),
      'support.competencies.yaml': edit(
        RENAME_CATALOGUE,
        '  - id: networking\n    formerly:\n      - net\n',
        '  - id: networks\n    formerly:\n      - net\n      - networking\n',
      ),
    });
  });

  it('renames a level from next: its id, next, time-at-level, and level, history and target of the assessment', () => {
    assert.deepEqual(renamed('l.ladder.yaml', 'next: [senior]', 'next: [sen|ior]', 'senior-engineer'), {
      'a.assessment.yaml': edit(RENAME_ASSESSMENT, 'target: senior', 'target: senior-engineer'),
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['next: [senior]', 'next: [senior-engineer]'],
        ['  - id: senior\n', '  - id: senior-engineer\n    formerly: [senior]\n'],
      ),
    });
    assert.deepEqual(renamed('a.assessment.yaml', 'level: junior\n', 'level: jun|ior\n', 'associate'), {
      'a.assessment.yaml': replaced(RENAME_ASSESSMENT, ['level: junior', 'level: associate']),
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['  - id: junior\n', '  - id: associate\n    formerly: [junior]\n'],
        ['level: junior}', 'level: associate}'],
      ),
    });
  });

  it('renames a track, a check, a metric (formerly added inside its flow mapping) and a requirement', () => {
    assert.deepEqual(renamed('l.ladder.yaml', '  - id: core', '  - id: co|re', 'support'), {
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['  - id: core\n', '  - id: support\n    formerly: [core]\n'],
        ['track: core', 'track: support'],
      ),
    });
    assert.deepEqual(renamed('m.review.yaml', '  peer-review: passed', '  peer-review|: passed', 'peer-panel'), {
      'a.assessment.yaml': edit(RENAME_ASSESSMENT, '  peer-review: passed', '  peer-panel: passed'),
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['  - id: peer-review\n', '  - id: peer-panel\n    formerly: [peer-review]\n'],
        ['check: peer-review', 'check: peer-panel'],
      ),
      'm.review.yaml': edit(RENAME_REVIEW, '  peer-review: passed', '  peer-panel: passed'),
    });
    assert.deepEqual(renamed('a.assessment.yaml', '  csat: 4.5', '  |csat: 4.5', 'nps'), {
      'a.assessment.yaml': edit(RENAME_ASSESSMENT, '  csat: 4.5', '  nps: 4.5'),
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['{id: csat, unit', '{id: nps, formerly: [csat], unit'],
        ['{id: csat, min', '{id: nps, min'],
      ),
    });
    assert.deepEqual(renamed('a.assessment.yaml', 'requirement: tenure', 'requirement: ten|ure', 'time-in-role'), {
      'a.assessment.yaml': edit(RENAME_ASSESSMENT, 'requirement: tenure', 'requirement: time-in-role'),
      'l.ladder.yaml': edit(
        RENAME_LADDER,
        '      - id: tenure\n',
        '      - id: time-in-role\n        formerly: [tenure]\n',
      ),
    });
  });

  it('renames a scale id: the scale, descriptor keys, expectations, min, and ratings of assessment and review, without formerly', () => {
    assert.deepEqual(renamed('l.ladder.yaml', '  - id: 3', '  - id: |3', 'III'), {
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['  - id: 3', '  - id: III'],
        ['3: Books', 'III: Books'],
        ['networking: 3', 'networking: III'],
      ),
      'm.review.yaml': edit(RENAME_REVIEW, '{rating: 3}', '{rating: III}'),
    });
    assert.deepEqual(renamed('a.assessment.yaml', '  writing: 2', '  writing: 2|', '5'), {
      'a.assessment.yaml': edit(RENAME_ASSESSMENT, '  writing: 2', '  writing: 5'),
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['  - id: 2', '  - id: 5'],
        ['networking: 2}', 'networking: 5}'],
        ['writing: 2\n', 'writing: 5\n'],
        ['min: 2,', 'min: 5,'],
      ),
      'm.review.yaml': edit(RENAME_REVIEW, '  networking: 2', '  networking: 5'),
      'support.competencies.yaml': edit(RENAME_CATALOGUE, '    2: Subnets', '    5: Subnets'),
    });
  });

  it("renames a catalogue's own id and a ladder's own id, which nothing else names", () => {
    assert.deepEqual(renamed('support.competencies.yaml', 'id: support', 'id: sup|port', 'support-core'), {
      'support.competencies.yaml': edit(RENAME_CATALOGUE, 'id: support', 'id: support-core'),
    });
    assert.deepEqual(renamed('l.ladder.yaml', 'id: eng', 'id: e|ng', 'engineering'), {
      'l.ladder.yaml': edit(RENAME_LADDER, 'id: eng', 'id: engineering'),
    });
  });

  it('does not record formerly when asked not to', () => {
    assert.deepEqual(renamed('l.ladder.yaml', '  - id: core', '  - id: co|re', 'support', { recordFormerly: false }), {
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['  - id: core\n', '  - id: support\n'],
        ['track: core', 'track: support'],
      ),
    });
  });

  it('writes an id that YAML would read as a number quoted, in keys and values', () => {
    assert.deepEqual(renamed('a.assessment.yaml', '  writing: 2', '  wri|ting: 2', '2024', { recordFormerly: false }), {
      'a.assessment.yaml': edit(RENAME_ASSESSMENT, '  writing: 2', '  "2024": 2'),
      'l.ladder.yaml': replaced(
        RENAME_LADDER,
        ['  - id: writing\n', '  - id: "2024"\n'],
        ['{writing: 1,', '{"2024": 1,'],
        ['      writing: 2', '      "2024": 2'],
        ['[networking, writing]', '[networking, "2024"]'],
      ),
      'm.review.yaml': edit(RENAME_REVIEW, '  writing: {', '  "2024": {'),
    });
  });

  it('adds formerly at the end of a file without a final line break, to an existing flow list, and with CRLF line breaks', () => {
    const ladder = yaml`
      kind: Ladder
      scale: [{id: 1}]
      tracks:
        - id: core
    `.replace(/\n$/, '');
    assert.deepEqual(renamed('l.ladder.yaml', '- id: core', '- id: |core', 'main', {}, { 'l.ladder.yaml': ladder }), {
      'l.ladder.yaml': edit(ladder, '  - id: core', '  - id: main\n    formerly: [core]'),
    });
    const flow = edit(ladder, '  - id: core', '  - id: core\n    formerly: [main-line]');
    assert.deepEqual(renamed('l.ladder.yaml', '- id: core', '- id: |core', 'main', {}, { 'l.ladder.yaml': flow }), {
      'l.ladder.yaml': edit(
        flow,
        '  - id: core\n    formerly: [main-line]',
        '  - id: main\n    formerly: [main-line, core]',
      ),
    });
    const crlf = ladder.replace(/\n/g, '\r\n') + '\r\n';
    assert.deepEqual(renamed('l.ladder.yaml', '- id: core', '- id: |core', 'main', {}, { 'l.ladder.yaml': crlf }), {
      'l.ladder.yaml': edit(crlf, '  - id: core\r\n', '  - id: main\r\n    formerly: [core]\r\n'),
    });
  });
});

describe('rename: refusals', () => {
  it('refuses an id that does not match the id pattern', () => {
    assert.equal(
      renamed('l.ladder.yaml', '  - id: core', '  - id: co|re', 'Core Team'),
      "'Core Team' is not a valid id: ids are lower-case letters, digits and hyphens, starting with a letter or a digit (^[a-z0-9][a-z0-9-]*$).",
    );
    assert.equal(
      renamed('l.ladder.yaml', '  - id: 3', '  - id: |3', 'a very long scale id'),
      "'a very long scale id' is not a valid scale id: a scale id is an integer or a text of 1 to 16 characters without surrounding spaces.",
    );
  });

  it('refuses an id that another item of the same kind has, or claims as a former id', () => {
    assert.equal(
      renamed('l.ladder.yaml', 'next: [senior]', 'next: [sen|ior]', 'junior'),
      "The ladder already has a level 'junior'.",
    );
    assert.equal(
      renamed('l.ladder.yaml', '  - id: writing', '  - id: wri|ting', 'networking'),
      "The ladder already has a competency 'networking'.",
    );
    assert.equal(
      renamed('l.ladder.yaml', '  - id: writing', '  - id: wri|ting', 'net'),
      "'net' is a former id of the competency 'networking' (in its formerly list): choose another id.",
    );
    assert.equal(renamed('l.ladder.yaml', '  - id: 3', '  - id: |3', '1'), "The scale already has the id '1'.");
    // Another kind may have the same id.
    assert.equal(typeof renamed('l.ladder.yaml', 'next: [senior]', 'next: [sen|ior]', 'core'), 'object');
  });

  it('refuses where the cursor is on no id, or on an id the ladder does not define', () => {
    const notAnId =
      'Only ids can be renamed: put the cursor on a competency, level, track, scale, check, metric or requirement id, or on the id of a ladder or catalogue.';
    assert.equal(renamed('a.assessment.yaml', 'person: Alex', 'person: Al|ex', 'x'), notAnId);
    assert.equal(renamed('l.ladder.yaml', 'rank: 1', 'ra|nk: 1', 'x'), notAnId);
    assert.equal(
      renamed(
        'a.assessment.yaml',
        'level: nobody\n',
        'level: nobody|\n',
        'x',
        {},
        {
          ...RENAME_FILES,
          'a.assessment.yaml': edit(RENAME_ASSESSMENT, 'level: junior\n', 'level: nobody\n'),
        },
      ),
      "'nobody' is not a level of this ladder: there is nothing to rename.",
    );
  });
});

describe('prepareRename', () => {
  it('offers the id under the cursor; on a former id, the current id of the item it names', () => {
    const at = (name: string, from: string, to: string) => {
      const { ws, offset, uri, text } = atCursor(
        { ...RENAME_FILES, [name]: edit(RENAME_FILES[name]!, from, to) },
        name,
      );
      const start = prepareRename(ws, uri, offset);
      return 'problem' in start ? start.problem : { text: slice(text, start.span), placeholder: start.placeholder };
    };
    assert.deepEqual(at('a.assessment.yaml', '  net: 1', '  n|et: 1'), { text: 'net', placeholder: 'networking' });
    assert.deepEqual(at('l.ladder.yaml', 'min: 2,', 'min: 2|,'), { text: '2', placeholder: '2' });
    assert.deepEqual(
      at('m.review.yaml', 'peer-review: passed', 'peer-review: pas|sed'),
      'Only ids can be renamed: put the cursor on a competency, level, track, scale, check, metric or requirement id, or on the id of a ladder or catalogue.',
    );
  });
});
