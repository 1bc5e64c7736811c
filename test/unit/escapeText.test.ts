// Text from files made safe to print: control characters, line breaks and reordering marks as visible
// escapes, nothing a CI runner reads as a workflow command, and JSON that still parses to the same values.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeLines, escapeLineStart, escapeText, jsonText, oneLine } from '../../server/src/core/text/escapeText';

describe('escapeText', () => {
  it('writes control characters, line breaks and reordering marks as escapes', () => {
    assert.equal(
      escapeText('a\nb\r\tc\u001b[31md\u0000\u0085e\u2028f\u2029g\u007fh\u202ei\u2066j\u200fk'),
      'a\\nb\\r\\tc\\u001b[31md\\u0000\\u0085e\\u2028f\\u2029g\\u007fh\\u202ei\\u2066j\\u200fk',
    );
  });

  it('breaks the prefix of legacy workflow commands, which a CI runner reads anywhere in a line', () => {
    assert.equal(escapeText('name ##[error]Injected'), 'name ##\\u005berror]Injected');
  });

  it('leaves other text as it is', () => {
    const text = 'Senior Engineer (senior) — 80% ★ é 中文 `code` *x* ::error::';
    assert.equal(escapeText(text), text);
  });
});

describe('escapeLines', () => {
  it('keeps line feeds and tabs, and escapes the rest', () => {
    assert.equal(escapeLines('a\nb\tc\r\u001bd\u2028'), 'a\nb\tc\\r\\u001bd\\u2028');
  });
});

describe('escapeLineStart', () => {
  it('writes the first colon of a line that would start with :: as an escape', () => {
    assert.equal(escapeLineStart('::error file=a::b'), '\\u003a:error file=a::b');
    assert.equal(escapeLineStart('  \u00a0::warning::x'), '  \u00a0\\u003a:warning::x');
  });

  it('leaves colons elsewhere alone', () => {
    assert.equal(escapeLineStart('a::b'), 'a::b');
    assert.equal(escapeLineStart(':x'), ':x');
  });
});

describe('jsonText', () => {
  it('escapes what JSON.stringify leaves raw, and parses back to the same value', () => {
    const value = { name: 'x\u2028y\u2029z\u0085\u009b\u007f\u202e##[error]\u001b\n' };
    const json = jsonText(value);
    assert.equal(json, '{\n  "name": "x\\u2028y\\u2029z\\u0085\\u009b\\u007f\\u202e##\\u005berror]\\u001b\\n"\n}\n');
    assert.deepEqual(JSON.parse(json), value);
  });
});

describe('oneLine', () => {
  it('turns each run of white space holding a line break into one space', () => {
    assert.equal(oneLine('a  \n\n  b\u2028c  d\r\ne\tf'), 'a b c  d e\tf');
  });
});
