// Names from files cannot forge output: a file name or a person's, level's or competency's name holding line
// breaks, escape sequences or CI workflow commands prints as one escaped line of text, as JSON and SARIF
// that parse back to the names, and as Markdown without any block of its own. With colour on, the only
// escape sequences written are the CLI's own colours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { run } from '../../server/src/cli/run';
import { fixture, ladder, lines } from './helpers';

const EVIL_FILE = 'evil\n::error file=README.md,line=1::Injected\nx.ladder.yaml';
const COLON_FILE = '::warning::Injected.ladder.yaml';

const HOSTILE = {
  ladder: '\u001b]0;title\u0007Team\u0085::notice::x',
  person: '::error file=README.md,line=1::Person\nline two\r\u2028\u001b[31mred ##[error]legacy',
  level: 'Senior\n::error::Level\r\u2028\u001b[2J',
  competency: 'Writing\n# Heading\n- item\n> quote\n```\n<b>html</b>\n| a | b |\n[link](http://x)\n    code',
  track: '\n::error::track\u2029',
};
const PLAIN = { ladder: 'Team', person: 'Person', level: 'Senior', competency: 'Writing', track: 'Track' };

function files(names: typeof HOSTILE): Record<string, string> {
  const q = (text: string) => JSON.stringify(text);
  return {
    'team.ladder.yaml': `kind: Ladder
id: team
name: ${q(names.ladder)}
scale: [{id: 1, name: Learning}, {id: 2, name: Practising}]
competencies: [{id: writing, name: ${q(names.competency)}}]
tracks: [{id: ic, name: ${q(names.track)}}]
levels:
  - {id: one, name: One, track: ic, rank: 1, expectations: {writing: 1}, next: [two]}
  - id: two
    name: ${q(names.level)}
    track: ic
    rank: 2
    expectations: {writing: 2}
    requirements: [{id: tenure, description: ${q(names.level)}, time-at-level: {years: 1, level: one}}]
`,
    'me.assessment.yaml': `kind: SelfAssessment
ladder: team.ladder.yaml
person: ${q(names.person)}
date: 2026-11-01
level: one
since: 2026-01-01
ratings: {writing: 1}
`,
  };
}

const BROKEN = 'kind: Ladder\nid: broken\ncolour: red\n';
const hostileDir = fixture({ ...files(HOSTILE), [EVIL_FILE]: BROKEN, [COLON_FILE]: BROKEN });
const plainDir = fixture({ ...files(PLAIN), 'evil.ladder.yaml': BROKEN, 'warning.ladder.yaml': BROKEN });

// Characters that must never reach the output raw: controls (a line feed ends a line), separators, reordering marks.
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** No line a CI runner would read as a workflow command, and no raw control character. */
function assertNothingForged(output: string): void {
  for (const line of output.split('\n')) {
    assert.ok(!line.trimStart().startsWith('::'), `a line starts with '::': ${JSON.stringify(line)}`);
    assert.ok(!line.includes('##['), `a line holds '##[': ${JSON.stringify(line)}`);
    assert.doesNotMatch(line, RAW_CONTROL, `a raw control character in ${JSON.stringify(line)}`);
  }
}

describe('ladder check: file names cannot forge output', () => {
  it('prints one escaped line per problem in text', () => {
    const result = ladder(['check', '.'], hostileDir);
    assertNothingForged(result.stdout);
    assertNothingForged(result.stderr);
    const problems = JSON.parse(ladder(['check', '.', '--format', 'json'], hostileDir).stdout) as unknown[];
    assert.equal(lines(result.stdout).length, problems.length);
    assert.equal(lines(result.stdout).length, lines(ladder(['check', '.'], plainDir).stdout).length);
    for (const line of lines(result.stdout))
      assert.match(line, /^[^\n]+:\d+:\d+: (error|warning|info): .+ \[[a-z-]+\]$/);
    assert.ok(
      lines(result.stdout).includes(
        "\\u003a:warning::Injected.ladder.yaml:3:1: error: Unknown key 'colour' in the document. [unknown-key]",
      ),
      result.stdout,
    );
    assert.ok(
      lines(result.stdout).includes(
        "evil\\n::error file=README.md,line=1::Injected\\nx.ladder.yaml:3:1: error: Unknown key 'colour' in the document. [unknown-key]",
      ),
      result.stdout,
    );
  });

  it('writes JSON that parses back to the file names', () => {
    const result = ladder(['check', '.', '--format', 'json'], hostileDir);
    assertNothingForged(result.stdout);
    const files = (JSON.parse(result.stdout) as { file: string }[]).map((problem) => problem.file);
    assert.ok(files.includes(EVIL_FILE) && files.includes(COLON_FILE), JSON.stringify(files));
  });

  it('writes SARIF that parses, with the file names percent-encoded', () => {
    const result = ladder(['check', '.', '--format', 'sarif'], hostileDir);
    assertNothingForged(result.stdout);
    const sarif = JSON.parse(result.stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    assert.ok(
      uris.includes('evil%0A%3A%3Aerror%20file%3DREADME.md%2Cline%3D1%3A%3AInjected%0Ax.ladder.yaml'),
      JSON.stringify(uris),
    );
    assert.ok(uris.map(decodeURIComponent).includes(COLON_FILE));
  });
});

describe('ladder score: names cannot forge output', () => {
  it('prints the text report with each name on its line, escaped', () => {
    const hostile = ladder(['score', 'me.assessment.yaml'], hostileDir);
    const plain = ladder(['score', 'me.assessment.yaml'], plainDir);
    assert.equal(hostile.code, 0, hostile.stderr);
    assertNothingForged(hostile.stdout);
    assert.equal(lines(hostile.stdout).length, lines(plain.stdout).length);
    assert.equal(
      lines(hostile.stdout)[0],
      '\\u003a:error file=README.md,line=1::Person\\nline two\\r\\u2028\\u001b[31mred ##\\u005berror]legacy',
    );
    assert.ok(
      lines(hostile.stdout).includes(
        '★ Senior\\n::error::Level\\r\\u2028\\u001b[2J (two) — \\n::error::track\\u2029, rank 2',
      ),
      hostile.stdout,
    );
  });

  it('writes JSON that parses back to the names', () => {
    const result = ladder(['score', 'me.assessment.yaml', '--format', 'json'], hostileDir);
    assertNothingForged(result.stdout);
    const report = JSON.parse(result.stdout) as { person: string; levels: { id: string; name: string }[] };
    assert.equal(report.person, HOSTILE.person);
    assert.equal(report.levels.find((level) => level.id === 'two')?.name, HOSTILE.level);
  });

  it('writes Markdown in which the names start no block', () => {
    const hostile = ladder(['score', 'me.assessment.yaml', '--format', 'markdown'], hostileDir);
    const plain = ladder(['score', 'me.assessment.yaml', '--format', 'markdown'], plainDir);
    assertNothingForged(hostile.stdout);
    // Line by line, the report has the shape of the one with plain names: the same blocks, in the same places.
    const shape = (markdown: string) => lines(markdown).map((line) => line.slice(0, 2));
    assert.deepEqual(shape(hostile.stdout), shape(plain.stdout));
    assert.ok(
      lines(hostile.stdout).includes(
        '| Writing # Heading - item \\> quote \\`\\`\\` \\<b\\>html\\</b\\> \\| a \\| b \\| \\[link\\](http://x) code (`writing`) | 2 | 1 | ✗ gap |',
      ),
      hostile.stdout,
    );
  });
});

describe("colour: the only escape sequences written are the CLI's own", () => {
  // The styles of style.ts: bold, dim, their reset, and the colours with theirs.
  const OWN_STYLE = /\u001b\[(?:1|2|22|31|32|33|34|36|39)m/g;

  function coloured(args: string[]): string {
    let out = '';
    run(args, { cwd: hostileDir, color: true, out: (text) => void (out += text), err: () => undefined });
    return out;
  }

  for (const args of [
    ['score', 'me.assessment.yaml'],
    ['check', '.'],
  ]) {
    it(`ladder ${args.join(' ')}`, () => {
      const out = coloured(args);
      assert.match(out, OWN_STYLE, 'the output is coloured');
      const withoutOwnStyles = out.replace(OWN_STYLE, '');
      assert.ok(
        !withoutOwnStyles.includes('\u001b'),
        `an escape sequence from a file: ${JSON.stringify(withoutOwnStyles.slice(0, 400))}`,
      );
      assertNothingForged(withoutOwnStyles);
    });
  }

  it('shows the escape sequences of a file as text', () => {
    const out = coloured(['score', 'me.assessment.yaml']);
    assert.ok(out.includes('\\u001b[31mred') && out.includes('\\u001b[2J'), out);
  });
});
