/** Where a text's bytes first stopped being UTF-8, and what was read instead. */
export interface InvalidUtf8 {
  /** The offset in the decoded text of the U+FFFD that replaced the first invalid sequence. */
  offset: number;
  /** The first byte of that sequence. */
  byte: number;
}

export interface DecodedText {
  text: string;
  invalidUtf8?: InvalidUtf8;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Decodes UTF-8 without a leading byte order mark. Invalid sequences become U+FFFD, as everywhere, but
 * are not silent: the first is located, so that it can be reported where it is.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    const bad = firstInvalidSequence(bytes);
    // The bytes before it are valid and complete, so they decode to exactly the text before the U+FFFD.
    return { text, invalidUtf8: { offset: lenient.decode(bytes.subarray(0, bad)).length, byte: bytes[bad] ?? 0 } };
  }
}

/** The index of the first byte that starts an invalid or truncated UTF-8 sequence, as the WHATWG decoder sees it. */
export function firstInvalidSequence(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    let continuations: number;
    // The allowed range of the first continuation byte; the others are always 0x80-0xBF.
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuations = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      continuations = 2;
      if (lead === 0xe0) low = 0xa0; // no overlong forms
      if (lead === 0xed) high = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuations = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f; // nothing past U+10FFFF
    } else return index;
    for (let next = 1; next <= continuations; next++) {
      const byte = bytes[index + next];
      if (byte === undefined || byte < low || byte > high) return index;
      low = 0x80;
      high = 0xbf;
    }
    index += continuations + 1;
  }
  return bytes.length;
}
