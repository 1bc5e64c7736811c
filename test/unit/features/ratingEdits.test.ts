// Writing what-if ratings into an assessment ("Apply to file"): values replaced in place in every YAML form,
// missing ratings inserted with the file's indentation, evidence, notes and comments kept, ids and values
// quoted as YAML needs, and the result still parses.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { planRatingEdits, type RatingChanges } from '../../../server/src/core/features/ratingEdits';
import { analyzeFile } from '../../../server/src/core/model/analyzeFile';
import { parseYaml } from '../../../server/src/core/parse/parseYaml';
import { applyEdits } from '../helpers';

const HEAD = 'kind: SelfAssessment\nladder: l.ladder.yaml\nperson: Ana\n';

function plan(text: string, changes: RatingChanges) {
  return planRatingEdits({ text, doc: parseYaml(text).doc }, changes);
}

function write(text: string, changes: RatingChanges): { text: string; skipped: string[] } {
  const { edits, skipped } = plan(text, changes);
  return { text: applyEdits(text, edits), skipped };
}

describe('rating edits', () => {
  it('replaces a short-form value, keeping a trailing comment', () => {
    const text = `${HEAD}ratings:\n  linux: 3  # self-rated\n  networking: 2\n`;
    assert.equal(write(text, { linux: 4 }).text, `${HEAD}ratings:\n  linux: 4  # self-rated\n  networking: 2\n`);
  });

  it('replaces `rating:` in a block mapping, keeping evidence and note', () => {
    const text = `${HEAD}ratings:\n  linux:\n    rating: 3\n    evidence:\n      - runbook owner\n    note: ok\n  networking: 2\n`;
    assert.equal(
      write(text, { linux: 4 }).text,
      `${HEAD}ratings:\n  linux:\n    rating: 4\n    evidence:\n      - runbook owner\n    note: ok\n  networking: 2\n`,
    );
  });

  it('replaces `rating` in a flow mapping', () => {
    const text = `${HEAD}ratings:\n  linux: {rating: 3, note: "a, b"}\n`;
    assert.equal(write(text, { linux: 'II' }).text, `${HEAD}ratings:\n  linux: {rating: II, note: "a, b"}\n`);
  });

  it('fills an empty value, and an empty `rating:`', () => {
    const text = `${HEAD}ratings:\n  linux:\n  networking: 2\n`;
    assert.equal(write(text, { linux: 3 }).text, `${HEAD}ratings:\n  linux: 3\n  networking: 2\n`);
    const block = `${HEAD}ratings:\n  linux:\n    rating:\n    note: keep\n`;
    assert.equal(write(block, { linux: 3 }).text, `${HEAD}ratings:\n  linux:\n    rating: 3\n    note: keep\n`);
  });

  it('empties a short-form value for "not rated", but leaves a block or flow rating alone', () => {
    const text = `${HEAD}ratings:\n  linux: 3 # mine\n  networking:\n    rating: 2\n    note: keep\n  mentoring: {rating: 1}\n`;
    const result = write(text, { linux: null, networking: null, mentoring: null });
    assert.equal(
      result.text,
      `${HEAD}ratings:\n  linux: # mine\n  networking:\n    rating: 2\n    note: keep\n  mentoring: {rating: 1}\n`,
    );
    assert.deepEqual(result.skipped, ['networking', 'mentoring']);
  });

  it('adds `rating:` to a block mapping that has only evidence, and to a flow mapping that has only a note', () => {
    const text = `${HEAD}ratings:\n  linux:  # see below\n    evidence:\n      - a\n  networking: {note: soon}\n`;
    assert.equal(
      write(text, { linux: 3, networking: 2 }).text,
      `${HEAD}ratings:\n  linux:  # see below\n    rating: 3\n    evidence:\n      - a\n  networking: {rating: 2, note: soon}\n`,
    );
  });

  it('appends missing ratings with the indentation of the others', () => {
    const text = `${HEAD}ratings:\n    linux: 3\n    networking:\n      rating: 2\nchecks:\n  peer-review: passed\n`;
    const result = write(text, { mentoring: 2, 'people-leadership': 'III' });
    assert.equal(
      result.text,
      `${HEAD}ratings:\n    linux: 3\n    networking:\n      rating: 2\n    mentoring: 2\n    people-leadership: III\nchecks:\n  peer-review: passed\n`,
    );
    assert.deepEqual(parse(result.text).ratings, {
      linux: 3,
      networking: { rating: 2 },
      mentoring: 2,
      'people-leadership': 'III',
    });
  });

  it('appends at the end of a file without a final newline', () => {
    const text = `${HEAD}ratings:\n  linux: 3`;
    assert.equal(write(text, { linux: 4, mentoring: 1 }).text, `${HEAD}ratings:\n  linux: 4\n  mentoring: 1`);
  });

  it('adds a ratings block when there is none', () => {
    assert.equal(write(HEAD, { linux: 2 }).text, `${HEAD}ratings:\n  linux: 2\n`);
    assert.equal(write(HEAD.trimEnd(), { linux: 2 }).text, `${HEAD}ratings:\n  linux: 2\n`);
  });

  it('fills an empty `ratings:` key, `ratings: ~`, `ratings: {}` and a flow mapping', () => {
    assert.equal(
      write(`${HEAD}ratings:\nchecks: {}\n`, { linux: 2 }).text,
      `${HEAD}ratings:\n  linux: 2\nchecks: {}\n`,
    );
    assert.equal(
      write(`${HEAD}ratings: ~\nchecks: {}\n`, { linux: 2 }).text,
      `${HEAD}ratings:\n  linux: 2\nchecks: {}\n`,
    );
    assert.equal(write(`${HEAD}ratings: {}\n`, { linux: 2 }).text, `${HEAD}ratings: {linux: 2}\n`);
    assert.equal(
      write(`${HEAD}ratings: {linux: 1}\n`, { linux: 3, mentoring: 2 }).text,
      `${HEAD}ratings: {linux: 3, mentoring: 2}\n`,
    );
  });

  it('keeps CRLF line endings', () => {
    const text = `${HEAD}ratings:\n  linux: 3\n  networking:\n    note: x\n`.replace(/\n/g, '\r\n');
    assert.equal(
      write(text, { linux: 4, networking: 1, mentoring: 2 }).text,
      `${HEAD}ratings:\n  linux: 4\n  networking:\n    rating: 1\n    note: x\n  mentoring: 2\n`.replace(/\n/g, '\r\n'),
    );
  });

  it('merges a value change and an insertion that touch into one edit', () => {
    const text = `${HEAD}ratings:\n  linux: 3`;
    const { edits } = plan(text, { linux: 4, mentoring: 2 });
    assert.equal(edits.length, 1);
    assert.equal(applyEdits(text, edits), `${HEAD}ratings:\n  linux: 4\n  mentoring: 2`);
  });

  it('does nothing for "not rated" on a competency that has no rating', () => {
    assert.deepEqual(plan(`${HEAD}ratings:\n  linux: 3\n`, { mentoring: null }), { edits: [], skipped: [] });
  });

  it('reports what it cannot place, and writes nothing into a file the parser cannot read', () => {
    assert.deepEqual(plan(`${HEAD}ratings: not a mapping\n`, { linux: 2 }), { edits: [], skipped: ['linux'] });
    assert.deepEqual(plan(`${HEAD}ratings: [linux]\n`, { linux: 2 }), { edits: [], skipped: ['linux'] });
    assert.deepEqual(plan(`${HEAD}ratings:\n  linux: [3]\n`, { linux: 2 }), { edits: [], skipped: ['linux'] });
    assert.deepEqual(plan(`${HEAD}ratings:\n  linux: 3\n  net: [oops\n`, { linux: 2, net: null }), {
      edits: [],
      skipped: ['linux'],
    });
  });

  it('quotes ids and values that YAML would misread, and hostile ids hold only themselves', () => {
    const evil = 'evil:\nwaivers:\n  - requirement: r1\n#';
    const text = `${HEAD}ratings:\n  linux: 3\n`;
    const result = write(text, { [evil]: 2, yes: 'a: b', ['x'.repeat(2000)]: 1, ['__proto__']: 1, linux: 'No' });
    assert.equal(
      result.text,
      `${HEAD}ratings:\n  linux: "No"\n  "evil:\\nwaivers:\\n  - requirement: r1\\n#": 2\n  "yes": "a: b"\n  "__proto__": 1\n`,
    );
    assert.deepEqual(result.skipped, ['x'.repeat(2000)], 'a key too long to be written on one line');
    const written = parse(result.text);
    assert.deepEqual(Object.entries(written.ratings), [
      ['linux', 'No'],
      [evil, 2],
      ['yes', 'a: b'],
      ['__proto__', 1],
    ]);
    assert.equal(written.waivers, undefined);
    const flow = write(`${HEAD}ratings: {linux: 1}\n`, { [evil]: 'a, b' }).text;
    assert.equal(flow, `${HEAD}ratings: {linux: 1, "evil:\\nwaivers:\\n  - requirement: r1\\n#": "a, b"}\n`);
    assert.deepEqual(Object.entries(parse(flow).ratings), [
      ['linux', 1],
      [evil, 'a, b'],
    ]);
  });

  it('writes a whole what-if into a real assessment that still parses, with every other line unchanged', () => {
    const text = `${HEAD}date: 2026-11-01\nratings:\n  product-knowledge: 3\n  linux:\n    rating: 4\n    evidence:\n      - https://wiki.example.com/runbooks/agent owner of the runbook\n  scripting-automation:\n    rating: 4 # team SME\n    note: Reviews tooling changes.\n  process-improvement: {rating: 3, note: "not yet end to end"}\nchecks:\n  peer-review: passed\n`;
    const changes: RatingChanges = {
      'product-knowledge': 4,
      linux: 2,
      'scripting-automation': 3,
      'process-improvement': 4,
      'people-leadership': 2,
      mentoring: null,
    };
    const result = write(text, changes);
    assert.deepEqual(result.skipped, []);
    assert.equal(
      result.text,
      `${HEAD}date: 2026-11-01\nratings:\n  product-knowledge: 4\n  linux:\n    rating: 2\n    evidence:\n      - https://wiki.example.com/runbooks/agent owner of the runbook\n  scripting-automation:\n    rating: 3 # team SME\n    note: Reviews tooling changes.\n  process-improvement: {rating: 4, note: "not yet end to end"}\n  people-leadership: 2\nchecks:\n  peer-review: passed\n`,
    );
    const diagnostics = analyzeFile('file:///ws/a.assessment.yaml', result.text).diagnostics.filter(
      (d) => d.severity === 'error',
    );
    assert.deepEqual(diagnostics, []);
  });
});
