// Files read from disk that are not valid UTF-8: the first invalid sequence is located and reported
// once, where it is, instead of being replaced silently.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import { LineMap } from '../../server/src/core/text/lineMap';
import { decodeUtf8, firstInvalidSequence } from '../../server/src/core/text/utf8';
import { uri } from './helpers';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'utf8')] : part)));

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 without a report, a written U+FFFD and a byte order mark included', () => {
    assert.deepEqual(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'name: Zoë \u{1F600} \uFFFD\n')), {
      text: 'name: Zoë \u{1F600} \uFFFD\n',
    });
  });

  it('locates the first invalid sequence, in characters of the decoded text, and names its byte', () => {
    const cases: [string, Uint8Array, number, number][] = [
      ['a Latin-1 é', bytes('name: Caf', [0xe9], '\n'), 9, 0xe9],
      ['a lone continuation byte after an emoji (two characters)', bytes('\u{1F600}x', [0x80]), 3, 0x80],
      ['an overlong form', bytes('ab', [0xe0, 0x80, 0x80]), 2, 0xe0],
      ['a surrogate', bytes('ab', [0xed, 0xa0, 0x80]), 2, 0xed],
      ['past U+10FFFF', bytes('ab', [0xf4, 0x90, 0x80, 0x80]), 2, 0xf4],
      ['a sequence cut short by the end', bytes('abc', [0xe2, 0x82]), 3, 0xe2],
      ['a sequence cut short by ASCII', bytes('x', [0xe2, 0x82], 'y'), 1, 0xe2],
      ['after a byte order mark', bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]), 2, 0xff],
      ['after a valid U+FFFD', bytes('\uFFFD', [0xc0, 0x80]), 1, 0xc0],
    ];
    for (const [what, input, offset, byte] of cases) {
      const decoded = decodeUtf8(input);
      assert.deepEqual(decoded.invalidUtf8, { offset, byte }, what);
      assert.equal(decoded.text, new TextDecoder().decode(input), what);
      assert.equal(decoded.text[offset], '\uFFFD', what);
    }
  });

  it('agrees with the platform decoder on where the first replacement goes, for every lead byte', () => {
    // The input holds no U+FFFD, so the decoder's first one marks the first invalid sequence.
    let invalid = 0;
    for (let lead = 0x80; lead <= 0xff; lead++) {
      for (const next of [
        [],
        [0x41],
        [0x80],
        [0x8f, 0x80],
        [0x90, 0x80],
        [0x9f, 0x80],
        [0xa0, 0x80, 0x80],
        [0xbf, 0xbf, 0xbf],
        [0xc0],
      ]) {
        const input = Uint8Array.from([0x61, lead, ...next]);
        const expected = new TextDecoder().decode(input).indexOf('\uFFFD');
        assert.equal(
          decodeUtf8(input).invalidUtf8?.offset ?? -1,
          expected,
          [lead, ...next].map((b) => b.toString(16)).join(' '),
        );
        if (expected < 0) continue;
        invalid++;
        // Everything before the sequence found is valid UTF-8.
        assert.doesNotThrow(() =>
          new TextDecoder('utf-8', { fatal: true }).decode(input.subarray(0, firstInvalidSequence(input))),
        );
      }
    }
    assert.ok(invalid > 1000, `${invalid} invalid inputs`);
  });
});

describe('invalid UTF-8 in a file read from disk', () => {
  it('is one error at the first bad byte, whatever follows', () => {
    const text = 'kind: Ladder\nid: x\nname: Caf\uFFFD and Th\uFFFD\n';
    const file = analyzeFile(uri('x.ladder.yaml'), text, {
      invalidUtf8: { offset: text.indexOf('\uFFFD'), byte: 0xe9 },
    });
    const found = file.diagnostics.filter((d) => d.code === 'invalid-utf8');
    assert.deepEqual(
      found.map((d) => [d.severity, d.span, new LineMap(text).position(d.span.start)]),
      [['error', { start: 28, end: 29 }, { line: 2, character: 9 }]],
    );
    assert.equal(
      found[0]!.message,
      'This file is not valid UTF-8: the byte 0xE9 here (and any invalid bytes after it) was read as the replacement character U+FFFD. Save the file as UTF-8.',
    );
  });

  it('is not reported on a file refused as binary', () => {
    const text = '\uFFFD'.repeat(100);
    assert.deepEqual(
      analyzeFile(uri('x.ladder.yaml'), text, { invalidUtf8: { offset: 0, byte: 0xff } }).diagnostics.map(
        (d) => d.code,
      ),
      ['binary-file'],
    );
  });
});
