// Completion on text as it is being typed: the place of the cursor comes from the line's text and
// indentation when the parser cannot make sense of it yet.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_LADDER, yaml } from '../helpers';
import { BASE_ASSESSMENT, assessmentFiles, completeAt, edit, labels } from './support';

const ladder = (text: string) => completeAt({ 'l.ladder.yaml': text }, 'l.ladder.yaml');
const assessment = (from: string, to: string) =>
  completeAt(assessmentFiles(edit(BASE_ASSESSMENT, from, to)), 'a.assessment.yaml');

describe('completion context', () => {
  it('finds the first key of an empty mapping from the `key:` line above', () => {
    const result = assessment('ratings:\n  troubleshooting: 2\n', 'ratings:\n  |\n');
    assert.deepEqual(labels(result.entries), ['networking', 'troubleshooting', 'writing']);
  });

  it('reads keys and values of a flow mapping', () => {
    const key = assessment('ratings:\n  troubleshooting: 2\n', 'ratings: {troubleshooting: 2, |}\n');
    assert.deepEqual(labels(key.entries), ['networking', 'writing']);
    assert.equal(
      key.apply('writing'),
      edit(BASE_ASSESSMENT, 'ratings:\n  troubleshooting: 2\n', 'ratings: {troubleshooting: 2, writing: }\n'),
    );
    const value = assessment('ratings:\n  troubleshooting: 2\n', 'ratings: {troubleshooting: 2, networking: |}\n');
    assert.deepEqual(labels(value.entries), ['1', '2', '3']);
  });

  it('replaces only the word before a trailing comment', () => {
    const result = assessment('level: engineer', 'level: eng| # for now');
    assert.equal(result.apply('senior'), edit(BASE_ASSESSMENT, 'level: engineer', 'level: senior # for now'));
  });

  it('works with CRLF line endings', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const key = ladder(crlf(edit(BASE_LADDER, '    track: ic\n    rank: 2', '    tr|\n    rank: 2')));
    assert.deepEqual(labels(key.entries), ['description', 'formerly', 'responsibilities', 'summary', 'track']);
    assert.equal(
      key.apply('responsibilities'),
      crlf(edit(BASE_LADDER, '    track: ic\n    rank: 2', '    responsibilities:\n      - \n    rank: 2')),
    );
    const value = ladder(crlf(edit(BASE_LADDER, 'track: ic\n    rank: 2', 'track: |\n    rank: 2')));
    assert.deepEqual(labels(value.entries), ['core', 'ic']);
  });

  it('adds the space after a bare `-`', () => {
    const result = ladder(edit(BASE_LADDER, '    next: [senior]', '    next:\n      -|'));
    assert.deepEqual(labels(result.entries), ['senior', 'staff']);
    assert.equal(result.apply('staff'), edit(BASE_LADDER, '    next: [senior]', '    next:\n      - staff'));
  });

  it('follows lists written at the same column as their key', () => {
    const text = yaml`
      kind: Ladder
      tracks:
      - id: core
      levels:
      - id: one
        track: core
        next:
        - |
      - id: two
        track: core
    `;
    assert.deepEqual(labels(ladder(text).entries), ['two']);
    const sibling = ladder(text.replace('  - |\n', '  |\n'));
    assert.deepEqual(labels(sibling.entries), [
      'description',
      'expectations',
      'formerly',
      'name',
      'rank',
      'requirements',
      'responsibilities',
      'summary',
    ]);
    const item = ladder(text.replace('  - |\n', '').replace('- id: two', '- |'));
    assert.ok(labels(item.entries).includes('New level'));
  });

  it('finds the mapping of an item whose `-` stands alone on the line above', () => {
    const result = ladder('kind: Ladder\ntracks:\n  -\n    |\n');
    assert.deepEqual(labels(result.entries), ['New track', 'description', 'formerly', 'id', 'name']);
  });

  it('reads past a document start marker and comment lines', () => {
    const result = ladder('---\n# A ladder\nkind: Ladder\n\n  # indented comment\n|\n');
    assert.ok(labels(result.entries).includes('levels'));
    assert.ok(!labels(result.entries).includes('kind'));
  });

  it('knows the keys written below the cursor, even when the parser joins them to the line being typed', () => {
    const result = ladder(
      edit(BASE_LADDER, '  - id: staff\n    name: Staff\n', '  - id: staff\n    n|\n    name: Staff\n'),
    );
    assert.ok(!labels(result.entries).includes('name'));
    assert.ok(labels(result.entries).includes('next'));
  });

  it('offers nothing before the indentation of a line with content, or after a closed flow list', () => {
    assert.deepEqual(
      ladder(edit(BASE_LADDER, '    track: ic\n    rank: 2', '  |  track: ic\n    rank: 2')).entries,
      [],
    );
    assert.deepEqual(ladder(edit(BASE_LADDER, 'next: [staff]', 'next: [staff]|')).entries, []);
  });
});
