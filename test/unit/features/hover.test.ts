import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hover } from '../../../server/src/core/features/hover';
import { BASE_CATALOGUE, BASE_LADDER } from '../helpers';
import { BASE_ASSESSMENT, LADDER_WITH_CATALOGUE, assessmentFiles, atCursor, edit, slice } from './support';

/** The hover at the `|` in `files[name]`: the text it covers and its markdown. */
function hoverAt(files: Record<string, string>, name: string): { text: string; markdown: string } | undefined {
  const { ws, text, offset, uri } = atCursor(files, name);
  const found = hover(ws, uri, offset);
  return found && { text: slice(text, found.span), markdown: found.markdown };
}

const inLadder = (from: string, to: string) =>
  hoverAt(
    { 'l.ladder.yaml': edit(LADDER_WITH_CATALOGUE, from, to), 'support.competencies.yaml': BASE_CATALOGUE },
    'l.ladder.yaml',
  );
const inAssessment = (from: string, to: string) =>
  hoverAt(assessmentFiles(edit(BASE_ASSESSMENT, from, to)), 'a.assessment.yaml');

describe('hover: ladder', () => {
  it('describes a competency used as an expectation key, with what the next levels expect', () => {
    const found = inLadder('      troubleshooting: 2\n', '      trouble|shooting: 2\n');
    assert.equal(found?.text, 'troubleshooting');
    assert.equal(
      found.markdown,
      [
        '**`troubleshooting`**',
        'group `core` · defined in support.competencies.yaml',
        '- **1 Learning**: Follows runbooks.\n- **3 Expert**: Teaches others.',
        'Next levels expect: 3 by Staff',
      ].join('\n\n'),
    );
  });

  it('shows the descriptor of the value at hand on an expectation value', () => {
    const found = inLadder('      troubleshooting: 3\n', '      troubleshooting: |3\n');
    assert.equal(found?.text, '3');
    assert.match(found.markdown, /^\*\*`troubleshooting`\*\*/);
    assert.match(found.markdown, /\*\*3 Expert\*\*: Teaches others\./);
    assert.doesNotMatch(found.markdown, /Follows runbooks/);
  });

  it('describes a level named in `next`', () => {
    const found = inLadder('next: [staff]', 'next: [st|aff]');
    assert.equal(found?.text, 'staff');
    assert.equal(
      found.markdown,
      '**Staff** `staff`\n\nIC (`ic`) · rank 3\n\n2 expectations · 0 requirements\n\nNext: none (top of its path)',
    );
  });

  it('describes a level with its track, rank, counts and next levels on its own id', () => {
    const found = inLadder('  - id: senior', '  - id: sen|ior');
    assert.equal(found?.text, 'senior');
    assert.equal(
      found.markdown,
      '**Senior** `senior`\n\nIC (`ic`) · rank 2\n\n2 expectations · 2 requirements\n\nNext: Staff (`staff`)',
    );
  });

  it('describes a track with its levels', () => {
    const found = inLadder('    track: ic\n    rank: 2', '    track: i|c\n    rank: 2');
    assert.equal(found?.text, 'ic');
    assert.equal(found.markdown, '**IC** `ic` · track\n\nLevels: Senior (rank 2), Staff (rank 3)');
  });

  it('describes checks, metrics, groups and ranks', () => {
    const check = inLadder('- check: peer-review', '- check: peer|-review');
    assert.equal(check?.text, 'peer-review');
    // "Required by" links to the requiring level's id: line 40, column 9 of the ladder.
    assert.equal(
      check.markdown,
      '**Peer review** `peer-review` · check\n\nRequired by: [Senior](file:///ws/l.ladder.yaml#L40,9)',
    );
    assert.equal(LADDER_WITH_CATALOGUE.split('\n')[39]!.slice(8), 'senior');
    const metric = inLadder('  - id: resolution', '  - id: |resolution');
    assert.equal(metric?.text, 'resolution');
    assert.equal(metric.markdown, '**Resolution rate** `resolution` · metric\n\nunit: percent · higher is better');
    const group = inLadder('    group: soft', '    group: soft|');
    assert.equal(group?.text, 'soft');
    assert.equal(group.markdown, '**`soft`** · competency group\n\n- `writing` Writing');
    const rank = inLadder('{years: 1, rank: 1}', '{years: 1, rank: |1}');
    assert.equal(rank?.text, '1');
    assert.equal(rank.markdown, '**Rank 1**\n\nLevels: Engineer (`engineer`)');
  });

  it('describes a requirement in words on its id', () => {
    const found = inLadder('      - id: tenure', '      - id: ten|ure');
    assert.equal(found?.text, 'tenure');
    assert.equal(found.markdown, '**Requirement** `tenure` of Senior\n\n- `tenure`: At least 1 year at rank 1');
  });

  it('describes nested requirements as a list', () => {
    const text = edit(
      BASE_LADDER,
      '      - check: peer-review',
      [
        '      - id: experienced',
        '        description: Experience or review.',
        '        any-of:',
        '          - experience: {years: 3}',
        '          - metric: {id: resolution, min: 90}',
        '          - competencies: {count: 2, min: 3, group: core}',
      ].join('\n'),
    );
    const found = hoverAt({ 'l.ladder.yaml': edit(text, '- id: experienced', '- id: exp|erienced') }, 'l.ladder.yaml');
    assert.equal(
      found?.markdown,
      [
        '**Requirement** `experienced` of Senior',
        'Experience or review.',
        [
          '- `experienced`: Any one of these 3',
          '  - At least 3 years of experience',
          '  - Resolution rate (`resolution`) at least 90%',
          '  - At least 2 competencies rated Expert (`3`) or higher in group `core`',
        ].join('\n'),
      ].join('\n\n'),
    );
  });

  it('shows ids and names from the file as text: no markup, HTML or line of their own', () => {
    const value = edit(
      BASE_LADDER,
      '      - check: peer-review',
      '      - competencies: {count: 1, min: "x` **b** <i>|"}',
    );
    const found = hoverAt({ 'l.ladder.yaml': value }, 'l.ladder.yaml');
    assert.equal(found?.markdown, '``x` **b** <i>`` is not on the scale of this ladder.');
    const named = hoverAt(
      {
        'l.ladder.yaml': edit(BASE_LADDER, 'name: Staff', 'name: "Staff\\n# Heading\\u001b[31m"').replace(
          'next: [staff]',
          'next: [st|aff]',
        ),
      },
      'l.ladder.yaml',
    );
    assert.equal(named?.markdown.split('\n\n')[0], '**Staff # Heading\\u001b\\[31m** `staff`');
  });

  it('describes an included catalogue on its path', () => {
    const found = inLadder('  - support.competencies.yaml', '  - support.compet|encies.yaml');
    assert.equal(found?.text, 'support.competencies.yaml');
    assert.equal(found.markdown, '**`support`** · competency catalogue\n\nsupport.competencies.yaml\n\n2 competencies');
  });

  it('shows the schema description of a key', () => {
    const found = inLadder('    rank: 3', '    ra|nk: 3');
    assert.equal(found?.text, 'rank');
    assert.equal(found.markdown, 'Rank (integer >= 1): "Level 1", "Level 2"…; comparable across tracks.');
    const markdown = inLadder(
      '    expectations:\n      troubleshooting: 3',
      '    expect|ations:\n      troubleshooting: 3',
    );
    assert.match(markdown!.markdown, /```yaml\nexpectations:\n {2}troubleshooting: 2\n```/);
  });

  it('describes a scale step on its id', () => {
    const found = inLadder('  - id: 2', '  - id: 2|');
    assert.equal(found?.text, '2');
    assert.equal(found.markdown, '**2 — Practising** (step 2 of 3)');
  });

  it('says when an id is not defined', () => {
    const found = inLadder('    track: ic\n    rank: 2', '    track: i|x\n    rank: 2');
    assert.equal(found?.text, 'ix');
    assert.equal(found.markdown, 'Unknown track `ix`: not defined in this ladder.');
  });

  it('shows nothing on blank space', () => {
    assert.equal(inLadder('kind: Ladder\n', 'kind: Ladder\n|\n'), undefined);
  });
});

describe('hover: assessment', () => {
  it('describes a rated competency from the catalogue, with what the next level expects', () => {
    const found = inAssessment('  troubleshooting: 2', '  troubleshoot|ing: 2');
    assert.equal(found?.text, 'troubleshooting');
    assert.match(found.markdown, /defined in support\.competencies\.yaml/);
    assert.match(found.markdown, /Next levels expect: 2 by Senior/);
  });

  it('shows the descriptor of the rating on a rating value', () => {
    const found = inAssessment('  troubleshooting: 2', '  troubleshooting:\n    rating: |1');
    assert.equal(found?.text, '1');
    assert.match(found.markdown, /\*\*1 Learning\*\*: Follows runbooks\./);
  });

  it('describes levels, requirements, checks, metrics and statuses', () => {
    const level = inAssessment('level: engineer', 'level: eng|ineer');
    assert.equal(level?.text, 'engineer');
    assert.match(level.markdown, /^\*\*Engineer\*\* `engineer`\n\nCore \(`core`\) · rank 1/);
    assert.match(level.markdown, /Next: Senior \(`senior`\)/);
    const waiver = inAssessment('requirement: tenure', 'requirement: tenure|');
    assert.equal(waiver?.text, 'tenure');
    assert.match(waiver.markdown, /At least 1 year at rank 1/);
    const check = inAssessment('  peer-review: passed', '  peer|-review: passed');
    assert.equal(check?.text, 'peer-review');
    assert.match(check.markdown, /Peer review/);
    const status = inAssessment('  peer-review: passed', '  peer-review: pass|ed');
    assert.equal(status?.text, 'passed');
    assert.equal(status.markdown, '**passed**: The check holds: requirements naming it are met.');
    const metric = inAssessment('  resolution: 90', '  resol|ution: 90');
    assert.equal(metric?.text, 'resolution');
    assert.match(metric.markdown, /Resolution rate/);
  });

  it('describes the ladder on the `ladder:` path', () => {
    const found = inAssessment('ladder: ladder.ladder.yaml', 'ladder: ladder.lad|der.yaml');
    assert.equal(found?.text, 'ladder.ladder.yaml');
    assert.equal(
      found.markdown,
      '**Base Ladder** `base` · ladder\n\nladder.ladder.yaml\n\n3 levels · 2 tracks · 3 competencies',
    );
  });

  it('says when the ladder path cannot be read', () => {
    const found = inAssessment('ladder: ladder.ladder.yaml', 'ladder: miss|ing.ladder.yaml');
    assert.equal(found?.markdown, 'Cannot read `missing.ladder.yaml`: no such file.');
  });

  it('shows key descriptions from the schema', () => {
    const found = inAssessment('person: Alex Kim', 'per|son: Alex Kim');
    assert.equal(found?.text, 'person');
    assert.equal(found.markdown, 'Name of the person assessed.');
  });
});
