import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definition } from '../../../server/src/core/features/definition';
import { BASE_CATALOGUE } from '../helpers';
import { BASE_ASSESSMENT, LADDER_WITH_CATALOGUE, assessmentFiles, atCursor, edit, slice } from './support';

/** Each definition as [file name, the text its span covers], and the text of the origin span. */
function definitionsAt(files: Record<string, string>, name: string): { targets: [string, string, string][] } {
  const { ws, text, offset, uri } = atCursor(files, name);
  const targets = definition(ws, uri, offset).map((found): [string, string, string] => {
    const file = found.uri.replace('file:///ws/', '');
    const targetText = file === name ? text : files[file]!;
    return [
      file,
      JSON.stringify({ at: found.span.start, text: slice(targetText, found.span) }),
      slice(text, found.originSpan),
    ];
  });
  return { targets };
}

/** The offset of the first `needle` in `text`, plus `delta`. */
function at(text: string, needle: string, delta = 0): number {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, needle);
  return index + delta;
}

const ladderFiles = (ladder: string) => ({ 'l.ladder.yaml': ladder, 'support.competencies.yaml': BASE_CATALOGUE });
const inLadder = (from: string, to: string) =>
  definitionsAt(ladderFiles(edit(LADDER_WITH_CATALOGUE, from, to)), 'l.ladder.yaml').targets;
const inAssessment = (from: string, to: string) =>
  definitionsAt(assessmentFiles(edit(BASE_ASSESSMENT, from, to)), 'a.assessment.yaml').targets;
const target = (
  file: string,
  text: string,
  needle: string,
  delta: number,
  id: string,
  origin: string,
): [string, string, string] => [file, JSON.stringify({ at: at(text, needle, delta), text: id }), origin];

describe('definition: from an assessment', () => {
  it('goes from a rating key to the competency in the catalogue the ladder includes', () => {
    assert.deepEqual(inAssessment('  troubleshooting: 2', '  trouble|shooting: 2'), [
      target(
        'support.competencies.yaml',
        BASE_CATALOGUE,
        '- id: troubleshooting',
        6,
        'troubleshooting',
        'troubleshooting',
      ),
    ]);
  });

  it('goes from a competency defined in the ladder itself to the ladder', () => {
    assert.deepEqual(inAssessment('  troubleshooting: 2', '  troubleshooting: 2\n  wri|ting: 1'), [
      target('ladder.ladder.yaml', LADDER_WITH_CATALOGUE, '- id: writing', 6, 'writing', 'writing'),
    ]);
  });

  it('goes from levels, checks, metrics, waivers and rating values to the ladder', () => {
    const ladder = LADDER_WITH_CATALOGUE;
    assert.deepEqual(inAssessment('level: engineer', 'level: eng|ineer'), [
      target('ladder.ladder.yaml', ladder, '- id: engineer', 6, 'engineer', 'engineer'),
    ]);
    assert.deepEqual(inAssessment('level: engineer', 'level: engineer\ntarget: staff|'), [
      target('ladder.ladder.yaml', ladder, '- id: staff', 6, 'staff', 'staff'),
    ]);
    assert.deepEqual(
      inAssessment(
        'since: 2025-06-01',
        'since: 2025-06-01\nhistory:\n  - {level: |senior, from: 2024-01-01, to: 2025-06-01}',
      ),
      [target('ladder.ladder.yaml', ladder, '- id: senior', 6, 'senior', 'senior')],
    );
    assert.deepEqual(inAssessment('  peer-review: passed', '  |peer-review: passed'), [
      target('ladder.ladder.yaml', ladder, '- id: peer-review', 6, 'peer-review', 'peer-review'),
    ]);
    assert.deepEqual(inAssessment('  resolution: 90', '  resolution|: 90'), [
      target('ladder.ladder.yaml', ladder, '- id: resolution', 6, 'resolution', 'resolution'),
    ]);
    assert.deepEqual(inAssessment('requirement: tenure', 'requirement: te|nure'), [
      target('ladder.ladder.yaml', ladder, '- id: tenure', 6, 'tenure', 'tenure'),
    ]);
    assert.deepEqual(inAssessment('  troubleshooting: 2', '  troubleshooting: |2'), [
      target('ladder.ladder.yaml', ladder, '- id: 2', 6, '2', '2'),
    ]);
  });

  it('goes from the `ladder:` path to the ladder id', () => {
    assert.deepEqual(inAssessment('ladder: ladder.ladder.yaml', 'ladder: ladder|.ladder.yaml'), [
      target('ladder.ladder.yaml', LADDER_WITH_CATALOGUE, 'id: base', 4, 'base', 'ladder.ladder.yaml'),
    ]);
  });

  it('finds nothing for an unknown id, a status or a plain value', () => {
    assert.deepEqual(inAssessment('level: engineer', 'level: nob|ody'), []);
    assert.deepEqual(inAssessment('  peer-review: passed', '  peer-review: pa|ssed'), []);
    assert.deepEqual(inAssessment('person: Alex Kim', 'person: Al|ex Kim'), []);
  });
});

describe('definition: within a ladder', () => {
  const ladder = LADDER_WITH_CATALOGUE;
  const self = (needle: string, delta: number, id: string, origin = id) =>
    target('l.ladder.yaml', ladder, needle, delta, id, origin);

  it('goes from tracks, next levels and expectation keys to their definitions', () => {
    assert.deepEqual(inLadder('    track: ic\n    rank: 2', '    track: |ic\n    rank: 2'), [
      self('- id: ic', 6, 'ic'),
    ]);
    assert.deepEqual(inLadder('next: [staff]', 'next: [sta|ff]'), [self('- id: staff', 6, 'staff')]);
    assert.deepEqual(inLadder('      networking: 2\n    requirements', '      net|working: 2\n    requirements'), [
      target('support.competencies.yaml', BASE_CATALOGUE, '- id: networking', 6, 'networking', 'networking'),
    ]);
  });

  it('goes from requirement references to checks, metrics, levels and scale steps', () => {
    assert.deepEqual(inLadder('- check: peer-review', '- check: peer-re|view'), [
      self('- id: peer-review', 6, 'peer-review'),
    ]);
    assert.deepEqual(inLadder('      - check: peer-review', '      - metric: {id: resol|ution, min: 90}'), [
      self('- id: resolution', 6, 'resolution'),
    ]);
    assert.deepEqual(inLadder('{years: 1, rank: 1}', '{years: 1, level: engi|neer}'), [
      self('- id: engineer', 6, 'engineer'),
    ]);
    assert.deepEqual(
      inLadder('      - check: peer-review', '      - competencies: {count: 1, min: |3, of: [writing]}'),
      [self('- id: 3', 6, '3')],
    );
    assert.deepEqual(
      inLadder('      - check: peer-review', '      - competencies: {count: 1, min: 3, of: [wri|ting]}'),
      [self('- id: writing', 6, 'writing')],
    );
  });

  it('goes from a group to every competency in it, across files', () => {
    const found = inLadder('      - check: peer-review', '      - competencies: {count: 1, min: 3, group: co|re}');
    assert.deepEqual(found, [
      target('support.competencies.yaml', BASE_CATALOGUE, 'group: core', 7, 'core', 'core'),
      [
        'support.competencies.yaml',
        JSON.stringify({ at: BASE_CATALOGUE.lastIndexOf('group: core') + 7, text: 'core' }),
        'core',
      ],
    ]);
  });

  it('goes from a time-at-level rank to the levels of that rank', () => {
    assert.deepEqual(inLadder('{years: 1, rank: 1}', '{years: 1, rank: 1|}'), [self('    rank: 1', 10, '1')]);
  });

  it('goes from an include to the catalogue id', () => {
    assert.deepEqual(inLadder('  - support.competencies.yaml', '  - support|.competencies.yaml'), [
      target('support.competencies.yaml', BASE_CATALOGUE, 'id: support', 4, 'support', 'support.competencies.yaml'),
    ]);
  });

  it('finds a definition on itself', () => {
    assert.deepEqual(inLadder('  - id: senior', '  - id: sen|ior'), [self('- id: senior', 6, 'senior')]);
  });
});

describe('definition: within a catalogue', () => {
  it('goes from a descriptor key to the scale step of the ladder that includes it', () => {
    const catalogue = edit(BASE_CATALOGUE, '      3: Teaches others.', '      |3: Teaches others.');
    const { targets } = definitionsAt(
      { 'l.ladder.yaml': LADDER_WITH_CATALOGUE, 'support.competencies.yaml': catalogue },
      'support.competencies.yaml',
    );
    assert.deepEqual(targets, [target('l.ladder.yaml', LADDER_WITH_CATALOGUE, '- id: 3', 6, '3', '3')]);
  });
});
