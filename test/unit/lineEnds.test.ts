// Lone CRs (old Mac line ends) are line breaks for the parse, as for LSP, the editor and the line map:
// such a file gets the findings of its LF version, at the same lines and columns.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import { reanalyze } from '../../server/src/core/model/reanalyze';
import { LineMap } from '../../server/src/core/text/lineMap';
import { BASE_LADDER, uri } from './helpers';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const loneCr = (text: string) => text.replace(/\r?\n/g, '\r');

describe('lone CR line ends', () => {
  it('give every sample exactly the findings of its LF version (none), with the same spans', () => {
    const names = readdirSync(SAMPLES).filter((name) => name.endsWith('.yaml'));
    assert.ok(names.length >= 5, names.join(', '));
    for (const name of names) {
      const text = readFileSync(join(SAMPLES, name), 'utf8');
      const lf = analyzeFile(uri(name), text);
      const cr = analyzeFile(uri(name), loneCr(text));
      assert.deepEqual(cr.diagnostics, lf.diagnostics, name);
      assert.deepEqual(cr.diagnostics, [], name);
      assert.equal(cr.model?.kind, lf.model?.kind, name);
    }
  });

  it('put a problem on the line and column the editor shows', () => {
    const text = BASE_LADDER.replace('name: Base Ladder\n', 'name: Base Ladder\ncolour: blue\n').replace(
      'better: higher',
      'better: more',
    );
    const lf = analyzeFile(uri('a.ladder.yaml'), text);
    const cr = analyzeFile(uri('a.ladder.yaml'), loneCr(text));
    assert.deepEqual(
      lf.diagnostics.map((d) => [d.code, text.slice(d.span.start, d.span.end)]),
      [
        ['unknown-key', 'colour'],
        ['invalid-value', 'more'],
      ],
    );
    assert.deepEqual(cr.diagnostics, lf.diagnostics);
    const position = (t: string, offset: number) => new LineMap(t).position(offset);
    assert.deepEqual(
      cr.diagnostics.map((d) => position(loneCr(text), d.span.start)),
      lf.diagnostics.map((d) => position(text, d.span.start)),
    );
  });

  it('mixed with LF and CRLF in one file, are read the same', () => {
    const lines = BASE_LADDER.split('\n');
    const mixed = lines.map((line, i) => line + (i === lines.length - 1 ? '' : ['\r', '\n', '\r\n'][i % 3])).join('');
    assert.deepEqual(analyzeFile(uri('a.ladder.yaml'), mixed).diagnostics, []);
  });

  it('in a new text of an open document, give what a full analysis gives', () => {
    const before = analyzeFile(uri('a.ladder.yaml'), BASE_LADDER);
    const edited = loneCr(BASE_LADDER.replace('better: higher', 'better: more'));
    const again = reanalyze(before, edited) ?? analyzeFile(uri('a.ladder.yaml'), edited);
    assert.deepEqual(again.diagnostics, analyzeFile(uri('a.ladder.yaml'), edited).diagnostics);
    assert.deepEqual(
      again.diagnostics.map((d) => d.code),
      ['invalid-value'],
    );
  });
});
