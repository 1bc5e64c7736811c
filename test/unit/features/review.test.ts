// Editor features in a review: completion, hover, go to definition and the outline, all reading the
// ladder through the reviewed assessment.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definition } from '../../../server/src/core/features/definition';
import { hover } from '../../../server/src/core/features/hover';
import { documentSymbols, type SymbolEntry } from '../../../server/src/core/features/symbols';
import { BASE_CATALOGUE, uri, workspaceOf, yaml } from '../helpers';
import { LADDER_WITH_CATALOGUE, atCursor, completeAt, edit, labels, slice } from './support';

const ASSESSMENT = yaml`
  kind: SelfAssessment
  ladder: ladder.ladder.yaml
  person: Alex Kim
  date: 2026-11-01
  level: engineer
  since: 2025-06-01
  ratings:
    troubleshooting:
      rating: 3
      evidence: [Led the outage review]
      note: Go-to person.
`;

const REVIEW = yaml`
  kind: Review
  assessment: a.assessment.yaml
  reviewer: Jordan Lee
  role: manager
  ratings:
    troubleshooting: 2
  checks:
    peer-review: passed
`;

const PEER =
  'kind: Review\nassessment: a.assessment.yaml\nreviewer: Sam Ortiz\nrole: peer\nratings:\n  troubleshooting: 3\n';

function files(review: string): Record<string, string> {
  return {
    'ladder.ladder.yaml': LADDER_WITH_CATALOGUE,
    'support.competencies.yaml': BASE_CATALOGUE,
    'a.assessment.yaml': ASSESSMENT,
    'm.review.yaml': review,
    'p.review.yaml': PEER,
  };
}

const complete = (from: string, to: string) => completeAt(files(edit(REVIEW, from, to)), 'm.review.yaml');

function hoverAt(from: string, to: string): { text: string; markdown: string } | undefined {
  const { ws, text, offset, uri: fileUri } = atCursor(files(edit(REVIEW, from, to)), 'm.review.yaml');
  const found = hover(ws, fileUri, offset);
  return found && { text: slice(text, found.span), markdown: found.markdown };
}

function definitionAt(from: string, to: string): [string, string, string][] {
  const all = files(edit(REVIEW, from, to));
  const { ws, text, offset, uri: fileUri } = atCursor(all, 'm.review.yaml');
  return definition(ws, fileUri, offset).map((found) => {
    const file = found.uri.replace('file:///ws/', '');
    return [file, `${found.span.start}:${slice(all[file]!, found.span)}`, slice(text, found.originSpan)];
  });
}

describe('review: completion', () => {
  it('offers the ladder competencies as rating keys, with the self-rating and what the next levels expect', () => {
    const result = complete('  troubleshooting: 2\n', '  troubleshooting: 2\n  |\n');
    assert.deepEqual(labels(result.entries), ['networking', 'writing']);
    assert.equal(result.entry('networking').detail, 'networking · not self-rated · expected 2 by Senior');
    assert.equal(result.entry('writing').detail, 'Writing · not self-rated');
    assert.equal(
      result.apply('networking'),
      edit(REVIEW, '  troubleshooting: 2\n', '  troubleshooting: 2\n  networking: \n'),
    );
    const fresh = complete('  troubleshooting: 2\n', '  |\n');
    assert.equal(fresh.entry('troubleshooting').detail, 'troubleshooting · self-rated 3 · expected 2 by Senior');
  });

  it('offers the scale as rating values, documented with the competency descriptor', () => {
    const result = complete('troubleshooting: 2', 'troubleshooting: |');
    assert.deepEqual(
      result.entries.filter((e) => e.kind === 'value').map((e) => [e.label, e.detail]),
      [
        ['1', 'Learning'],
        ['2', 'Practising'],
        ['3', 'Expert'],
      ],
    );
    assert.deepEqual(
      result.entries.filter((e) => e.kind === 'snippet').map((e) => e.label),
      ['Rating with evidence'],
    );
    assert.match(result.entry('3').documentation!, /\*\*`troubleshooting`\*\* at 3: Teaches others\./);
    assert.equal(result.apply('3'), edit(REVIEW, 'troubleshooting: 2', 'troubleshooting: 3'));
  });

  it('offers the roles', () => {
    const result = complete('role: manager', 'role: |');
    assert.deepEqual(
      result.entries.map((e) => e.label),
      ['manager', 'peer', 'panel', 'other'],
    );
    assert.equal(result.apply('peer'), edit(REVIEW, 'role: manager', 'role: peer'));
  });

  it('offers the paths of the self-assessments after `assessment:`, with the person', () => {
    const result = complete('assessment: a.assessment.yaml', 'assessment: |');
    assert.deepEqual(
      result.entries.map((e) => [e.label, e.detail, e.kind]),
      [['a.assessment.yaml', 'Alex Kim', 'file']],
    );
  });

  it('offers the check ids and statuses of the ladder', () => {
    assert.deepEqual(labels(complete('  peer-review: passed\n', '  peer-review: passed\n  |\n').entries), [
      'documented-need',
    ]);
    assert.deepEqual(labels(complete('peer-review: passed', 'peer-review: |').entries), [
      'failed',
      'passed',
      'pending',
    ]);
  });

  it('offers the top-level keys of the review schema', () => {
    const result = completeAt(files('kind: Review\n|\n'), 'm.review.yaml');
    assert.deepEqual(labels(result.entries), [
      'assessment',
      'checks',
      'date',
      'metrics',
      'note',
      'ratings',
      'reviewer',
      'role',
    ]);
    assert.equal(result.entry('assessment').detail, 'string (required)');
  });
});

describe('review: hover', () => {
  it('shows on a rating key the competency, the self-rating with its evidence, the other reviews and what the next levels expect', () => {
    const found = hoverAt('  troubleshooting: 2\n', '  trouble|shooting: 2\n');
    assert.equal(found?.text, 'troubleshooting');
    assert.equal(
      found.markdown,
      [
        '**`troubleshooting`**',
        'group `core` · defined in support.competencies.yaml',
        '- **1 Learning**: Follows runbooks.\n- **3 Expert**: Teaches others.',
        'Self-rating of Alex Kim: **3** Expert',
        'Evidence:\n- Led the outage review',
        'Note: Go-to person.',
        'Other reviews:\n- Sam Ortiz (peer): **3** Expert',
        'Next levels expect: 2 by Senior',
      ].join('\n\n'),
    );
  });

  it('says when the person has not rated the competency', () => {
    const found = hoverAt('  troubleshooting: 2\n', '  troubleshooting: 2\n  net|working: 1\n');
    assert.match(found!.markdown, /Not rated by Alex Kim\./);
    assert.match(found!.markdown, /- Sam Ortiz \(peer\): not rated/);
  });

  it('describes the rating value with its descriptor', () => {
    const found = hoverAt('troubleshooting: 2', 'troubleshooting: |2');
    assert.equal(found?.text, '2');
    assert.match(found!.markdown, /\*\*2 Practising\*\*: \(no descriptor for this rating\)/);
  });

  it('describes the reviewed assessment on `assessment:`', () => {
    const found = hoverAt('assessment: a.assessment.yaml', 'assessment: a.assess|ment.yaml');
    assert.equal(
      found?.markdown,
      '**Alex Kim** · self-assessment\n\na.assessment.yaml\n\nat Engineer · 1 rating · as of 2026-11-01',
    );
  });
});

describe('review: definition and outline', () => {
  it('goes from `assessment:` to the assessment, and from a rating key to the competency', () => {
    assert.deepEqual(definitionAt('assessment: a.assessment.yaml', 'assessment: a.asse|ssment.yaml'), [
      ['a.assessment.yaml', '0:', 'a.assessment.yaml'],
    ]);
    const competency = definitionAt('  troubleshooting: 2\n', '  trouble|shooting: 2\n');
    assert.deepEqual(competency, [
      ['support.competencies.yaml', `${BASE_CATALOGUE.indexOf('troubleshooting')}:troubleshooting`, 'troubleshooting'],
    ]);
    assert.deepEqual(definitionAt('peer-review: passed', 'peer-re|view: passed')[0]?.[0], 'ladder.ladder.yaml');
  });

  it('outlines a review: reviewer, assessment, ratings, checks', () => {
    const { ws } = workspaceOf(files(REVIEW));
    const outline = (symbols: readonly SymbolEntry[], depth = 0): string[] =>
      symbols.flatMap((s) => [
        `${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` — ${s.detail}` : ''}`,
        ...outline(s.children, depth + 1),
      ]);
    assert.deepEqual(outline(documentSymbols(ws, uri('m.review.yaml'))), [
      'file a.assessment.yaml — reviewed self-assessment',
      'key Jordan Lee — reviewer · manager',
      'section ratings — 1 rating',
      '  rating troubleshooting — 2',
      'section checks',
      '  check peer-review — passed',
    ]);
  });
});
