// Writing what-if ratings into an assessment: values replaced in place in every YAML form, missing ratings
// inserted with the file's indentation, evidence, notes and comments kept, and the result still parses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { formatScaleId, planRatingEdits, type RatingEditInput } from '../../../client/src/panel/ratingEdits';
import type { Range, WhatIf } from '../../../client/src/panel/messages';
import { analyzeFile } from '../../../server/src/core/model/analyzeFile';
import type { Assessment } from '../../../server/src/core/model/types';
import { LineMap } from '../../../server/src/core/text/lineMap';

const HEAD = 'kind: SelfAssessment\nladder: l.ladder.yaml\nperson: Ana\n';

/** The ranges the server sends: each rating's value (or the whole pair when it has none), and the end of the mapping. */
function serverRanges(text: string, form: 'value' | 'pair' = 'value'): Pick<RatingEditInput, 'ratingRanges' | 'ratingsInsertRange'> {
  const file = analyzeFile('file:///ws/a.assessment.yaml', text);
  const assessment = file.model as Assessment;
  const map = new LineMap(text);
  const range = (span: { start: number; end: number }): Range => ({ start: map.position(span.start), end: map.position(span.end) });
  const ratingRanges: Record<string, Range> = {};
  for (const rating of assessment.ratings) ratingRanges[rating.competency.value] = range(form === 'value' ? (rating.value?.span ?? rating.span) : rating.span);
  const insertAt = assessment.ratingsSpan?.end ?? assessment.ratingsKeySpan?.end ?? text.length;
  return { ratingRanges, ratingsInsertRange: range({ start: insertAt, end: insertAt }) };
}

function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const map = new LineMap(text);
  let result = text;
  for (const edit of [...edits].reverse()) {
    result = result.slice(0, map.offset(edit.range.start)) + edit.newText + result.slice(map.offset(edit.range.end));
  }
  return result;
}

function write(text: string, whatIf: WhatIf, form: 'value' | 'pair' = 'value'): { text: string; skipped: string[] } {
  const plan = planRatingEdits({ text, whatIf, ...serverRanges(text, form) });
  return { text: applyEdits(text, plan.edits), skipped: plan.skipped };
}

describe('planRatingEdits', () => {
  for (const form of ['value', 'pair'] as const) {
    describe(`with ${form} ranges`, () => {
      it('replaces a short-form value, keeping a trailing comment', () => {
        const text = `${HEAD}ratings:\n  linux: 3  # self-rated\n  networking: 2\n`;
        assert.equal(write(text, { linux: 4 }, form).text, `${HEAD}ratings:\n  linux: 4  # self-rated\n  networking: 2\n`);
      });

      it('replaces `rating:` in a block mapping, keeping evidence and note', () => {
        const text = `${HEAD}ratings:\n  linux:\n    rating: 3\n    evidence:\n      - runbook owner\n    note: ok\n  networking: 2\n`;
        assert.equal(write(text, { linux: 4 }, form).text, `${HEAD}ratings:\n  linux:\n    rating: 4\n    evidence:\n      - runbook owner\n    note: ok\n  networking: 2\n`);
      });

      it('replaces `rating` in a flow mapping', () => {
        const text = `${HEAD}ratings:\n  linux: {rating: 3, note: "a, b"}\n`;
        assert.equal(write(text, { linux: 'II' }, form).text, `${HEAD}ratings:\n  linux: {rating: II, note: "a, b"}\n`);
      });

      it('fills an empty value', () => {
        const text = `${HEAD}ratings:\n  linux:\n  networking: 2\n`;
        assert.equal(write(text, { linux: 3 }, form).text, `${HEAD}ratings:\n  linux: 3\n  networking: 2\n`);
      });

      it('empties a short-form value for "not rated", but leaves a block rating alone', () => {
        const text = `${HEAD}ratings:\n  linux: 3\n  networking:\n    rating: 2\n    note: keep\n`;
        const result = write(text, { linux: null, networking: null }, form);
        assert.equal(result.text, `${HEAD}ratings:\n  linux:\n  networking:\n    rating: 2\n    note: keep\n`);
        assert.deepEqual(result.skipped, ['networking']);
      });
    });
  }

  it('adds `rating:` to a block mapping that has only evidence', () => {
    const text = `${HEAD}ratings:\n  linux:\n    evidence:\n      - a\n  networking: 2\n`;
    assert.equal(write(text, { linux: 3 }).text, `${HEAD}ratings:\n  linux:\n    rating: 3\n    evidence:\n      - a\n  networking: 2\n`);
  });

  it('appends missing ratings with the indentation of the others', () => {
    const text = `${HEAD}ratings:\n    linux: 3\n    networking:\n      rating: 2\nchecks:\n  peer-review: passed\n`;
    const result = write(text, { mentoring: 2, 'people-leadership': 'III' });
    assert.equal(result.text, `${HEAD}ratings:\n    linux: 3\n    networking:\n      rating: 2\n    mentoring: 2\n    people-leadership: III\nchecks:\n  peer-review: passed\n`);
    assert.deepEqual(parse(result.text).ratings, { linux: 3, networking: { rating: 2 }, mentoring: 2, 'people-leadership': 'III' });
  });

  it('appends at the end of a file without a final newline', () => {
    const text = `${HEAD}ratings:\n  linux: 3`;
    assert.equal(write(text, { linux: 4, mentoring: 1 }).text, `${HEAD}ratings:\n  linux: 4\n  mentoring: 1`);
  });

  it('adds a ratings block when there is none', () => {
    assert.equal(write(HEAD, { linux: 2 }).text, `${HEAD}ratings:\n  linux: 2\n`);
    assert.equal(write(HEAD.trimEnd(), { linux: 2 }).text, `${HEAD}ratings:\n  linux: 2\n`);
  });

  it('fills an empty `ratings:` key, `ratings: {}` and a flow mapping', () => {
    assert.equal(write(`${HEAD}ratings:\nchecks: {}\n`, { linux: 2 }).text, `${HEAD}ratings:\n  linux: 2\nchecks: {}\n`);
    assert.equal(write(`${HEAD}ratings: {}\n`, { linux: 2 }).text, `${HEAD}ratings: {linux: 2}\n`);
    assert.equal(write(`${HEAD}ratings: {linux: 1}\n`, { linux: 3, mentoring: 2 }).text, `${HEAD}ratings: {linux: 3, mentoring: 2}\n`);
  });

  it('keeps CRLF line endings', () => {
    const text = `${HEAD}ratings:\n  linux: 3\n`.replace(/\n/g, '\r\n');
    assert.equal(write(text, { linux: 4, mentoring: 2 }).text, `${HEAD}ratings:\n  linux: 4\n  mentoring: 2\n`.replace(/\n/g, '\r\n'));
  });

  it('merges a value change and an insertion that touch into one edit', () => {
    const text = `${HEAD}ratings:\n  linux: 3`;
    const plan = planRatingEdits({ text, whatIf: { linux: 4, mentoring: 2 }, ...serverRanges(text) });
    assert.equal(plan.edits.length, 1);
    assert.equal(applyEdits(text, plan.edits), `${HEAD}ratings:\n  linux: 4\n  mentoring: 2`);
  });

  it('does nothing for "not rated" on a competency that has no rating', () => {
    const text = `${HEAD}ratings:\n  linux: 3\n`;
    assert.deepEqual(planRatingEdits({ text, whatIf: { mentoring: null }, ...serverRanges(text) }), { edits: [], skipped: [] });
  });

  it('reports what it cannot place', () => {
    const text = `${HEAD}ratings:\n  linux: 3\n`;
    assert.deepEqual(planRatingEdits({ text, whatIf: { mentoring: 2 }, ratingRanges: {} }), { edits: [], skipped: ['mentoring'] });
  });

  it('writes a whole what-if into a real assessment that still parses, with every other line unchanged', () => {
    const text = `${HEAD}date: 2026-11-01\nratings:\n  product-knowledge: 3\n  linux:\n    rating: 4\n    evidence:\n      - https://wiki.example.com/runbooks/agent owner of the runbook\n  scripting-automation:\n    rating: 4 # team SME\n    note: Reviews tooling changes.\n  process-improvement: {rating: 3, note: "not yet end to end"}\nchecks:\n  peer-review: passed\n`;
    const whatIf: WhatIf = { 'product-knowledge': 4, linux: 2, 'scripting-automation': 3, 'process-improvement': 4, 'people-leadership': 2, mentoring: null };
    const result = write(text, whatIf);
    assert.deepEqual(result.skipped, []);
    const written = parse(result.text);
    assert.deepEqual(written.ratings, {
      'product-knowledge': 4,
      linux: { rating: 2, evidence: ['https://wiki.example.com/runbooks/agent owner of the runbook'] },
      'scripting-automation': { rating: 3, note: 'Reviews tooling changes.' },
      'process-improvement': { rating: 4, note: 'not yet end to end' },
      'people-leadership': 2,
    });
    assert.deepEqual(written.checks, { 'peer-review': 'passed' });
    assert.match(result.text, /rating: 3 # team SME\n/);
    const diagnostics = analyzeFile('file:///ws/a.assessment.yaml', result.text).diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(diagnostics, []);
  });
});

describe('formatScaleId', () => {
  it('writes numbers and plain words as they are, and quotes anything YAML would read differently', () => {
    assert.equal(formatScaleId(3), '3');
    assert.equal(formatScaleId('III'), 'III');
    assert.equal(formatScaleId('senior-plus'), 'senior-plus');
    assert.equal(formatScaleId('3'), '"3"');
    assert.equal(formatScaleId('yes'), '"yes"');
    assert.equal(formatScaleId('No'), '"No"');
    assert.equal(formatScaleId('a: b'), '"a: b"');
    assert.equal(formatScaleId('#1'), '"#1"');
    assert.equal(formatScaleId('"quoted"'), '"\\"quoted\\""');
  });
});
