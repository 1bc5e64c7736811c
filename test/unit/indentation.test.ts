import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_LADDER, applyFix, edit, seenWithMessage, uri, workspaceOf } from './helpers';

const RANK_LINE = BASE_LADDER.split('\n').indexOf('    rank: 2');

/** Every diagnostic of a ladder file in a workspace of its own. */
function diagnostics(text: string) {
  const { ws } = workspaceOf({ 'l.ladder.yaml': text });
  return ws.diagnostics(uri('l.ladder.yaml'));
}

/** BASE_LADDER with the `rank: 2` line of level `senior` indented by `indentation` instead of four spaces. */
function withRankIndented(indentation: string): string {
  return edit(BASE_LADDER, '    track: ic\n    rank: 2', `    track: ic\n${indentation}rank: 2`);
}

describe('one diagnostic for one mis-indented line', () => {
  it('finds the level in the middle of the file that the tests move', () => {
    assert.equal(RANK_LINE, 46);
  });

  it('names the line indented three spaces instead of four, and nothing else', () => {
    const text = withRankIndented('   ');
    const found = diagnostics(text);
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'bad-indentation',
        severity: 'error',
        text: '   rank: 2',
        message: 'Line 47 is indented 3 spaces; its siblings use 4.',
      },
    ]);
    assert.equal(found[0]!.span.start, text.indexOf('   rank: 2'));
    assert.equal(applyFix(text, found[0]!), BASE_LADDER);
    assert.deepEqual(diagnostics(BASE_LADDER), []);
  });

  it('names a line indented more than the line above it without a key to nest under', () => {
    const text = withRankIndented('     ');
    assert.deepEqual(seenWithMessage(text, diagnostics(text)), [
      {
        code: 'bad-indentation',
        severity: 'error',
        text: '     rank: 2',
        message: 'Line 47 is indented 5 spaces; its siblings use 4.',
      },
    ]);
  });

  it('names a list item whose dash is one column off', () => {
    const text = edit(BASE_LADDER, '  - id: senior\n', '   - id: senior\n');
    const found = diagnostics(text);
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'bad-indentation',
        severity: 'error',
        text: '   - id: senior',
        message: 'Line 44 is indented 3 spaces; its siblings use 2.',
      },
    ]);
    assert.equal(applyFix(text, found[0]!), BASE_LADDER);
  });

  it("names an item's first key set one column further than the keys below it", () => {
    const text = edit(BASE_LADDER, '  - id: senior\n', '  -  id: senior\n');
    const found = diagnostics(text);
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'bad-indentation',
        severity: 'error',
        text: '  -  id: senior',
        message: 'The first key of line 44 starts at column 6; the keys below it start at column 5.',
      },
    ]);
    assert.deepEqual(
      found[0]!.fixes?.map((f) => f.title),
      ['Indent the first key of line 44 to column 5'],
    );
    assert.equal(applyFix(text, found[0]!), BASE_LADDER);
  });

  it('names the first line of a block indented unlike the line after it, where the file uses the latter', () => {
    const text = edit(BASE_LADDER, '      troubleshooting: 2\n', '       troubleshooting: 2\n');
    const found = diagnostics(text);
    assert.deepEqual(
      seenWithMessage(text, found).map((d) => [d.code, d.text, d.message]),
      [['bad-indentation', '       troubleshooting: 2', 'Line 49 is indented 7 spaces; its siblings use 6.']],
    );
    assert.equal(applyFix(text, found[0]!), BASE_LADDER);
  });

  it('names the second line of a block when it is the one at a column the file uses less', () => {
    const text = edit(BASE_LADDER, '      networking: 2\n    requirements', '     networking: 2\n    requirements');
    const found = diagnostics(text);
    assert.deepEqual(
      seenWithMessage(text, found).map((d) => [d.code, d.text, d.message]),
      [['bad-indentation', '     networking: 2', 'Line 50 is indented 5 spaces; its siblings use 6.']],
    );
    assert.equal(applyFix(text, found[0]!), BASE_LADDER);
  });

  it('says so once when a tab indents a line', () => {
    const text = withRankIndented('\t');
    const found = diagnostics(text);
    assert.deepEqual(seenWithMessage(text, found), [
      {
        code: 'tab-indentation',
        severity: 'error',
        text: '\trank: 2',
        message: 'Line 47 is indented with a tab; YAML indentation must be spaces, and its siblings use 4.',
      },
    ]);
    assert.deepEqual(
      found[0]!.fixes?.map((f) => f.title),
      ['Indent line 47 by 4 spaces'],
    );
    assert.equal(applyFix(text, found[0]!), BASE_LADDER);
  });

  it('finds a tab among spaces', () => {
    const text = withRankIndented('  \t  ');
    assert.deepEqual(
      diagnostics(text).map((d) => [d.code, d.message]),
      [['tab-indentation', 'Line 47 is indented with a tab; YAML indentation must be spaces, and its siblings use 4.']],
    );
  });

  it('keeps the tab diagnostic for a tab in a file with Windows line ends', () => {
    const text = withRankIndented('\t').replace(/\n/g, '\r\n');
    const found = diagnostics(text);
    assert.deepEqual(
      seenWithMessage(text, found).map((d) => [d.code, d.text]),
      [['tab-indentation', '\trank: 2']],
    );
    assert.equal(applyFix(text, found[0]!), BASE_LADDER.replace(/\n/g, '\r\n'));
  });

  it("leaves the parser's own errors when re-indenting one line does not make the file valid", () => {
    const text = edit(withRankIndented('   '), '    name: Staff', '     name: Staff');
    const codes = diagnostics(text).map((d) => d.code);
    assert.ok(codes.includes('yaml-syntax'), codes.join(', '));
    assert.ok(!codes.includes('bad-indentation'), codes.join(', '));
  });

  it('does not mistake a tab inside a block scalar for indentation', () => {
    const text = edit(BASE_LADDER, '    name: Senior\n', '    name: Senior\n    summary: |\n      \tcode\n');
    assert.deepEqual(diagnostics(text), []);
  });
});
