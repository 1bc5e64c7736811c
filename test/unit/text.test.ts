// Small pure helpers of the core: paths, suggestions, line maps and dates.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumber, dayToIso, todayDay } from '../../server/src/core/model/dates';
import { LineMap } from '../../server/src/core/text/lineMap';
import { closest, didYouMean, editDistance } from '../../server/src/core/text/suggest';
import {
  displayName,
  isInside,
  normalizeUri,
  relativeReference,
  resolveReference,
} from '../../server/src/core/workspace/paths';
import { BASE_CATALOGUE, check } from './helpers';

describe('paths', () => {
  it('resolves a written path from the folder of the file that contains it', () => {
    assert.equal(resolveReference('file:///ws/a/x.ladder.yaml', '../b/c.yaml'), 'file:///ws/b/c.yaml');
    assert.equal(resolveReference('file:///ws/a/x.ladder.yaml', './c.yaml'), 'file:///ws/a/c.yaml');
    assert.equal(resolveReference('file:///ws/x.yaml', 'sub\\c.yaml'), 'file:///ws/sub/c.yaml');
    assert.equal(resolveReference('file:///ws/x.yaml', '/etc/y.yaml'), 'file:///etc/y.yaml');
    // plain paths, resolved without parsing the URI: the same answers
    assert.equal(
      resolveReference('file:///ws/people/t/a.assessment.yaml', '../../ladders/x.ladder.yaml'),
      'file:///ws/ladders/x.ladder.yaml',
    );
    assert.equal(resolveReference('file:///ws/a.yaml', '../../../x.yaml'), 'file:///x.yaml');
    assert.equal(resolveReference('file:///ws/a.yaml', 'b//./c/../d~+.yaml'), 'file:///ws/b/d~+.yaml');
    assert.equal(resolveReference('file:///ws/a.yaml', ''), 'file:///ws');
    assert.equal(resolveReference('file:///ws/a.yaml', 'c d.yaml'), 'file:///ws/c%20d.yaml');
  });

  it('remembers a resolution by folder, but never for a name that is not a plain file name', () => {
    assert.equal(resolveReference('file:///r/a/one.yaml', '../l.yaml'), 'file:///r/l.yaml');
    assert.equal(resolveReference('file:///r/a/two.yaml', '../l.yaml'), 'file:///r/l.yaml');
    // the same text before the last slash, other folders
    assert.equal(resolveReference('file:///r/a/', '../l.yaml'), 'file:///l.yaml');
    assert.equal(resolveReference('file:///r/a/..', '../l.yaml'), 'file:///l.yaml');
    assert.equal(resolveReference('file:///r/a/%2E%2E', '../l.yaml'), 'file:///l.yaml');
    assert.equal(resolveReference('file:///r/a/x?q=/y', 'l.yaml'), 'file:///r/a/l.yaml');
    assert.equal(resolveReference('file:///r/a/three.yaml', 'l.yaml'), 'file:///r/a/l.yaml');
    // a drive letter, a backslash or a tab in the name changes how the folder is read
    assert.equal(resolveReference('file:///x.yaml', '/l.yaml'), 'file:///l.yaml');
    assert.equal(resolveReference('file:///C:', '/l.yaml'), 'file:///C:/l.yaml');
    assert.equal(resolveReference('file:///a/b/one.yaml', 'l.yaml'), 'file:///a/b/l.yaml');
    assert.equal(resolveReference('file:///a/b/b\\c.yaml', 'l.yaml'), 'file:///a/b/b/l.yaml');
    assert.equal(resolveReference('file:///a/b/.\t.', 'l.yaml'), 'file:///l.yaml');
  });

  it('treats every character of a written path as part of a file name', () => {
    assert.equal(resolveReference('file:///ws/x.yaml', 'a b.yaml'), 'file:///ws/a%20b.yaml');
    assert.equal(resolveReference('file:///ws/x.yaml', 'a%20b.yaml'), 'file:///ws/a%2520b.yaml');
    assert.equal(resolveReference('file:///ws/x.yaml', 'C#.competencies.yaml'), 'file:///ws/C%23.competencies.yaml');
    assert.equal(
      resolveReference('file:///ws/x.yaml', 'why?.competencies.yaml'),
      'file:///ws/why%3F.competencies.yaml',
    );
  });

  it('includes a catalogue whose name has # and spaces', () => {
    const ladder =
      "kind: Ladder\nid: x\nname: X\nscale: [{id: 1}, {id: 3}]\ninclude: ['C# and .NET.competencies.yaml']\ntracks: []\nlevels: []\n";
    assert.deepEqual(
      check({ 'x.ladder.yaml': ladder, 'C# and .NET.competencies.yaml': BASE_CATALOGUE }, 'x.ladder.yaml'),
      [],
    );
  });

  it('resolves nothing from a file that is not on disk or a path with NUL', () => {
    assert.equal(resolveReference('untitled:Untitled-1', 'x.yaml'), undefined);
    assert.equal(resolveReference('file:///ws/x.yaml', 'a\u0000b.yaml'), undefined);
  });

  it('normalises file URIs only', () => {
    assert.equal(normalizeUri('file:///ws/./a/../b%20c.yaml'), 'file:///ws/b%20c.yaml');
    assert.equal(normalizeUri('untitled:x'), 'untitled:x');
  });

  it('names files relative to another file', () => {
    assert.equal(displayName('file:///ws/a/b.yaml', 'file:///ws/c/d.yaml'), '../a/b.yaml');
    assert.equal(displayName('file:///ws/a/b.yaml'), 'b.yaml');
    assert.equal(displayName('untitled:x'), 'untitled:x');
    assert.equal(relativeReference('file:///ws/a/x.yaml', 'file:///ws/b/My%20c.yaml'), '../b/My c.yaml');
    assert.equal(
      resolveReference('file:///ws/a/x.yaml', relativeReference('file:///ws/a/x.yaml', 'file:///ws/b/C%23%20c.yaml')),
      'file:///ws/b/C%23%20c.yaml',
    );
  });

  it('spells every file URI one way: localhost, escapes and dot segments', () => {
    assert.equal(normalizeUri('file://localhost/ws/a.yaml'), 'file:///ws/a.yaml');
    assert.equal(normalizeUri('file:///ws/%61%2e%79aml'), 'file:///ws/a.yaml');
    assert.equal(normalizeUri('file:///ws/C%23 x%3f.yaml'), 'file:///ws/C%23%20x%3F.yaml');
    assert.equal(normalizeUri('file:///ws/Zo%C3%AB/%E2%82%AC.yaml'), normalizeUri('file:///ws/Zoë/€.yaml'));
    assert.equal(normalizeUri('file:///c%3A/ws/a.yaml'), 'file:///c:/ws/a.yaml');
    assert.equal(normalizeUri('file://server/share/a.yaml'), 'file://server/share/a.yaml');
    const once = normalizeUri('file:///ws/[a] b&c;d=e+f@g!h.yaml');
    assert.equal(normalizeUri(once), once);
    // Plain segments are spelled as they are; a dot segment or an empty one is still taken out.
    assert.equal(
      normalizeUri('file:///ws/team-01/p_1~x+y.assessment.yaml'),
      'file:///ws/team-01/p_1~x+y.assessment.yaml',
    );
    assert.equal(normalizeUri('file:///ws/x/../a.yaml'), 'file:///ws/a.yaml');
    assert.equal(normalizeUri('file:///ws/.x/../a.yaml'), 'file:///ws/a.yaml');
    assert.equal(normalizeUri('file:///ws/.x/%2e%2E/./a.yaml'), 'file:///ws/a.yaml');
    assert.equal(normalizeUri('file:///../a.yaml'), 'file:///a.yaml');
    assert.equal(normalizeUri('file:///c:/.x/../../a.yaml'), 'file:///c:/a.yaml');
    assert.equal(normalizeUri('file:///ws/./a.yaml'), 'file:///ws/a.yaml');
    assert.equal(normalizeUri('file:///ws//a.yaml'), 'file:///ws/a.yaml');
    assert.equal(normalizeUri('file:///ws/a.yaml/'), 'file:///ws/a.yaml');
  });

  it('resolves Windows paths on a drive and absolute paths on the same drive', () => {
    assert.equal(resolveReference('file:///c:/ws/a/x.yaml', '..\\b\\y.yaml'), 'file:///c:/ws/b/y.yaml');
    assert.equal(resolveReference('file:///c:/ws/x.yaml', 'D:\\other\\y.yaml'), 'file:///D:/other/y.yaml');
    assert.equal(resolveReference('file:///c:/ws/x.yaml', '/top.yaml'), 'file:///c:/top.yaml');
    assert.equal(resolveReference('file:///c:/ws/x.yaml', '../../../y.yaml'), 'file:///c:/y.yaml');
    assert.equal(resolveReference('file:///ws/x.yaml', '../../../y.yaml'), 'file:///y.yaml');
    assert.equal(relativeReference('file:///c:/ws/a/x.yaml', 'file:///C:/ws/b/y.yaml'), '../b/y.yaml');
    assert.equal(relativeReference('file:///c:/ws/x.yaml', 'file:///d:/y.yaml'), 'd:/y.yaml');
    assert.equal(
      resolveReference('file:///c:/ws/x.yaml', relativeReference('file:///c:/ws/x.yaml', 'file:///d:/y.yaml')),
      'file:///d:/y.yaml',
    );
  });

  it('tells whether a file is inside a folder', () => {
    assert.equal(isInside('file:///ws/x.yaml', 'file:///ws'), true);
    assert.equal(isInside('file:///ws/x.yaml', 'file:///ws/'), true);
    assert.equal(isInside('file:///ws2/x.yaml', 'file:///ws'), false);
  });
});

describe('suggestions', () => {
  it('measures edit distance', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('same', 'same'), 0);
    assert.equal(editDistance('a', 'abcdefghijklmnop', 8), 9);
  });

  it('suggests the closest id within a third of its length, ignoring case', () => {
    assert.equal(closest('networkin', ['networking', 'writing']), 'networking');
    assert.equal(closest('Core', ['core', 'care']), 'core');
    assert.equal(closest('xyz', ['abc']), undefined);
    assert.equal(closest('senior-enginer', ['senior-engineer', 'staff-engineer']), 'senior-engineer');
    assert.equal(closest('anything', []), undefined);
  });

  it('words the suggestion', () => {
    assert.equal(didYouMean('core'), " Did you mean 'core'?");
    assert.equal(didYouMean(undefined), '');
  });
});

describe('line map', () => {
  it('converts offsets to zero-based lines and back, for LF, CRLF and CR', () => {
    const map = new LineMap('a\r\nbc\rd\ne');
    assert.equal(map.lineCount, 4);
    assert.deepEqual(map.position(0), { line: 0, character: 0 });
    assert.deepEqual(map.position(3), { line: 1, character: 0 });
    assert.deepEqual(map.position(4), { line: 1, character: 1 });
    assert.deepEqual(map.position(6), { line: 2, character: 0 });
    assert.deepEqual(map.position(100), { line: 3, character: 1 });
    assert.equal(map.offset({ line: 1, character: 1 }), 4);
    assert.equal(map.offset({ line: 1, character: 99 }), 5);
    assert.equal(map.offset({ line: 9, character: 0 }), 9);
    assert.equal(map.offset({ line: -1, character: 5 }), 0);
    assert.equal(map.lineStart(2), 6);
  });

  it('reads a character past the end of a line as the end of that line, before its line break', () => {
    const map = new LineMap('key: value\r\n\r\nnext: 1\rlone: 2\nlast');
    assert.equal(map.offset({ line: 0, character: 10 }), 10);
    assert.equal(map.offset({ line: 0, character: 11 }), 10, 'not between CR and LF');
    assert.equal(map.offset({ line: 0, character: 500 }), 10);
    assert.equal(map.offset({ line: 1, character: 500 }), 12, 'an empty CRLF line');
    assert.equal(map.offset({ line: 2, character: 500 }), 21, 'before a lone CR');
    assert.equal(map.offset({ line: 3, character: 500 }), 29, 'before LF');
    assert.equal(map.offset({ line: 4, character: 500 }), 34, 'the last line ends with the text');
    assert.equal(map.offset({ line: 5, character: 0 }), 34, 'a line past the end is the end of the text');
    assert.equal(map.offset({ line: 500, character: 500 }), 34);
    for (let line = 0; line < map.lineCount; line++) {
      assert.deepEqual(map.position(map.offset({ line, character: 500 })).line, line);
    }
  });

  it('finds the same lines with line feeds only as with a mix of line ends', () => {
    const text = 'a\nbb\n\nccc\n';
    const lf = new LineMap(text);
    const mixed = new LineMap(text.replace('a\n', 'a\r\n'));
    assert.equal(lf.lineCount, 5);
    assert.deepEqual(
      [0, 2, 5, 6, 10].map((offset) => lf.position(offset)),
      [
        { line: 0, character: 0 },
        { line: 1, character: 0 },
        { line: 2, character: 0 },
        { line: 3, character: 0 },
        { line: 4, character: 0 },
      ],
    );
    assert.equal(mixed.lineCount, 5);
    assert.deepEqual(mixed.position(3), { line: 1, character: 0 });
  });

  it('counts UTF-16 code units', () => {
    const map = new LineMap('🚀x\ny');
    assert.deepEqual(map.position(2), { line: 0, character: 2 });
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    assert.equal(dayNumber('1970-01-02'), 1);
    assert.equal(dayNumber('2024-02-29'), 19782);
    assert.equal(dayNumber('2023-02-29'), undefined);
    assert.equal(dayNumber('2024-2-29'), undefined);
    assert.equal(dayNumber('2024-02-29T00:00'), undefined);
    for (const notADate of [
      '2024/02/29',
      '2024-0a-29',
      '+024-02-29',
      '2024-02-2 ',
      '２０２４-02-29',
      '2024-02-29\n',
      '',
    ])
      assert.equal(dayNumber(notADate), undefined, JSON.stringify(notADate));
    assert.equal(dayToIso(19782), '2024-02-29');
  });

  it("counts the days of every date as JavaScript's dates do, years before 100 refused", () => {
    const byDate = (text: string) => {
      const [year, month, day] = text.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(year, month - 1, day));
      const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
      return real ? date.getTime() / 86_400_000 : undefined;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const texts: string[] = [];
    for (const year of [0, 1, 99, 100, 400, 1600, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let month = 0; month <= 13; month++)
        for (const day of [0, 1, 15, 28, 29, 30, 31, 32]) texts.push(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
    for (let day = -25_000; day <= 50_000; day += 7) texts.push(dayToIso(day));
    for (const text of texts) assert.equal(dayNumber(text), byDate(text), text);
  });

  it('takes today from the clock', () => {
    assert.equal(dayToIso(todayDay(new Date('2026-11-23T12:00:00Z'))), '2026-11-23');
  });
});
