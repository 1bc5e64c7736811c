// `ladder team`: each format exactly for a small team, exit codes, and --anonymize leaving no name or
// file name in any format.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml } from '../../server/src/core';
import { TEAM_FILES } from '../unit/team/teamFixtures';
import { fixture, ladder } from './helpers';

const dir = fixture(TEAM_FILES);

const TEXT = `Team report: 7 assessments, 2 ladders

Roman Ladder (roman) — roman.ladder.yaml
1 person scored

People
  Fay Wu  One  Two: eligible 100%

Pipeline: people with the level as a next or target level
  One  rank 1  0
  Two  rank 2  1: 1 eligible, 0 incomplete, 0 not yet

Ratings: people at each scale id
  I  II  unrated  competency
  0   1        0  Writing  single point: only 1 rated II or higher

Support Ladder (support) — support.ladder.yaml
5 people scored, 1 assessment not scored (see the files with errors)

People
  Ana Diaz    Junior  Senior: eligible 100%
  ben  okoye  Junior  Senior: not yet 0%  [an older file of this person: not counted]
  Ben Okoye   Junior  Senior: not yet 50%; Lead (target): not yet 0%
  Cat Ng      Senior  Lead: eligible 100%
  Dan Roe     Junior  Senior: incomplete 50%

Pipeline: people with the level as a next or target level
  Junior  rank 1  0
  Senior  rank 2  3: 1 eligible, 1 incomplete, 1 not yet
  Lead    rank 3  2: 1 eligible, 0 incomplete, 1 not yet

Ratings: people at each scale id
  1  2  3  unrated  competency
  1  2  1        0  Alpha  single point: only 1 rated 3 or higher
  0  0  2        2  Beta
  0  1  0        3  Gamma

Files with errors: their assessments are not scored
  team/eve.assessment.yaml:7:21: error: Unknown competency 'omega'. [unknown-reference]

Same person in several files: only the newest file counts
  ben  okoye: team/ben-old.assessment.yaml, team/ben.assessment.yaml
`;

const MARKDOWN = `# Team report

7 assessments, 2 ladders.

## Roman Ladder (\`roman\`)

\`roman.ladder.yaml\`: 1 person scored.

### People

| Person | File | Level | Next and target levels |
| --- | --- | --- | --- |
| Fay Wu | \`other/fay.assessment.yaml\` | One | Two: **Eligible** 100% |

### Pipeline

People who have the level as a next or target level, by status.

| Level | Rank | Next or target for | Eligible | Incomplete | Not yet |
| --- | --- | --- | --- | --- | --- |
| One (\`one\`) | 1 | 0 | 0 | 0 | 0 |
| Two (\`two\`) | 2 | 1 | 1 | 0 | 0 |

### Ratings

People rated at each scale id. A single point: at most one person reaches the highest rating any level expects.

| Competency | I | II | Unrated | Flag |
| --- | --- | --- | --- | --- |
| Writing (\`writing\`) | 0 | 1 | 0 | ⚠ single point (1 at II or higher) |

## Support Ladder (\`support\`)

\`support.ladder.yaml\`: 5 people scored; 1 assessment not scored (see the files with errors).

### People

| Person | File | Level | Next and target levels |
| --- | --- | --- | --- |
| Ana Diaz | \`team/ana.assessment.yaml\` | Junior | Senior: **Eligible** 100% |
| ben  okoye (older file, not counted) | \`team/ben-old.assessment.yaml\` | Junior | Senior: **Not yet** 0% |
| Ben Okoye | \`team/ben.assessment.yaml\` | Junior | Senior: **Not yet** 50%<br>Lead (target): **Not yet** 0% |
| Cat Ng | \`team/cat.assessment.yaml\` | Senior | Lead: **Eligible** 100% |
| Dan Roe | \`team/dan.assessment.yaml\` | Junior | Senior: **Incomplete** 50% |

### Pipeline

People who have the level as a next or target level, by status.

| Level | Rank | Next or target for | Eligible | Incomplete | Not yet |
| --- | --- | --- | --- | --- | --- |
| Junior (\`junior\`) | 1 | 0 | 0 | 0 | 0 |
| Senior (\`senior\`) | 2 | 3 | 1 | 1 | 1 |
| Lead (\`lead\`) | 3 | 2 | 1 | 0 | 1 |

### Ratings

People rated at each scale id. A single point: at most one person reaches the highest rating any level expects.

| Competency | 1 | 2 | 3 | Unrated | Flag |
| --- | --- | --- | --- | --- | --- |
| Alpha (\`alpha\`) | 1 | 2 | 1 | 0 | ⚠ single point (1 at 3 or higher) |
| Beta (\`beta\`) | 0 | 0 | 2 | 2 |   |
| Gamma (\`gamma\`) | 0 | 1 | 0 | 3 |   |

## Files with errors

Their assessments are not scored.

- \`team/eve.assessment.yaml\`, line 7, column 21: Unknown competency 'omega'. \`unknown-reference\`

## Same person in several files

Only the newest file of each person counts.

- ben  okoye: \`team/ben-old.assessment.yaml\`, \`team/ben.assessment.yaml\`
`;

const person = (
  name: string,
  file: string,
  level: string,
  levels: object[],
  compared: string | null,
  ratings: object[],
  counted = true,
  asOf = '2026-11-01',
) => ({ person: name, file, level, asOf, counted, levels, compared, ratings });
const rating = (
  competency: string,
  rated: number | string | null,
  expected: number | string | null,
  status: string,
) => ({ competency, rated, expected, status });
const verdict = (id: string, status: string, readiness: number, next = true, target = false) => ({
  id,
  next,
  target,
  status,
  readiness,
});
const level = (
  id: string,
  name: string,
  rank: number,
  candidates: number,
  eligible: number,
  incomplete: number,
  notYet: number,
) => ({ id, name, track: 'ic', rank, candidates, eligible, incomplete, 'not-yet': notYet });

const JSON_REPORT = {
  assessments: 7,
  ladders: [
    {
      ladder: 'roman',
      name: 'Roman Ladder',
      file: 'roman.ladder.yaml',
      scale: ['I', 'II'],
      notScored: 0,
      people: [
        person('Fay Wu', 'other/fay.assessment.yaml', 'one', [verdict('two', 'eligible', 1)], 'two', [
          rating('writing', 'II', 'II', 'met'),
        ]),
      ],
      levels: [level('one', 'One', 1, 0, 0, 0, 0), level('two', 'Two', 2, 1, 1, 0, 0)],
      competencies: [
        {
          competency: 'writing',
          name: 'Writing',
          ratings: { I: 0, II: 1 },
          unrated: 0,
          highest: 'II',
          atOrAbove: 1,
          flags: ['single-point'],
        },
      ],
    },
    {
      ladder: 'support',
      name: 'Support Ladder',
      file: 'support.ladder.yaml',
      scale: [1, 2, 3],
      notScored: 1,
      people: [
        person('Ana Diaz', 'team/ana.assessment.yaml', 'junior', [verdict('senior', 'eligible', 1)], 'senior', [
          rating('alpha', 2, 2, 'met'),
          rating('beta', 3, 3, 'met'),
        ]),
        person(
          'ben  okoye',
          'team/ben-old.assessment.yaml',
          'junior',
          [verdict('senior', 'not-yet', 0)],
          'senior',
          [rating('alpha', 1, 2, 'gap'), rating('beta', null, 3, 'unrated')],
          false,
          '2025-06-01',
        ),
        person(
          'Ben Okoye',
          'team/ben.assessment.yaml',
          'junior',
          [verdict('senior', 'not-yet', 0.5), verdict('lead', 'not-yet', 0, false, true)],
          'lead',
          [rating('alpha', 1, 3, 'gap'), rating('beta', 3, null, 'none'), rating('gamma', 2, null, 'none')],
        ),
        person('Cat Ng', 'team/cat.assessment.yaml', 'senior', [verdict('lead', 'eligible', 1)], 'lead', [
          rating('alpha', 3, 3, 'met'),
        ]),
        person('Dan Roe', 'team/dan.assessment.yaml', 'junior', [verdict('senior', 'incomplete', 0.5)], 'senior', [
          rating('alpha', 2, 2, 'met'),
          rating('beta', null, 3, 'unrated'),
        ]),
      ],
      levels: [
        level('junior', 'Junior', 1, 0, 0, 0, 0),
        level('senior', 'Senior', 2, 3, 1, 1, 1),
        level('lead', 'Lead', 3, 2, 1, 0, 1),
      ],
      competencies: [
        {
          competency: 'alpha',
          name: 'Alpha',
          ratings: { 1: 1, 2: 2, 3: 1 },
          unrated: 0,
          highest: 3,
          atOrAbove: 1,
          flags: ['single-point'],
        },
        {
          competency: 'beta',
          name: 'Beta',
          ratings: { 1: 0, 2: 0, 3: 2 },
          unrated: 2,
          highest: 3,
          atOrAbove: 2,
          flags: [],
        },
        {
          competency: 'gamma',
          name: 'Gamma',
          ratings: { 1: 0, 2: 1, 3: 0 },
          unrated: 3,
          highest: null,
          atOrAbove: 0,
          flags: [],
        },
      ],
    },
  ],
  problems: [
    {
      file: 'team/eve.assessment.yaml',
      errors: [{ line: 7, column: 21, code: 'unknown-reference', message: "Unknown competency 'omega'." }],
    },
  ],
  duplicates: [{ person: 'ben  okoye', files: ['team/ben-old.assessment.yaml', 'team/ben.assessment.yaml'] }],
};

describe('ladder team', () => {
  it('prints the text report: people, pipeline, ratings, files with errors, duplicates', () => {
    const result = ladder(['team', '.'], dir);
    assert.equal(result.code, 0);
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, TEXT);
  });

  it('prints the Markdown report', () => {
    const result = ladder(['team', '--format', 'markdown', '.'], dir);
    assert.equal(result.code, 0);
    assert.equal(result.stdout, MARKDOWN);
  });

  it('prints the documented JSON, counts keyed by scale id, exact readiness', () => {
    const result = ladder(['team', '.', '--format=json'], dir);
    assert.equal(result.code, 0);
    assert.deepEqual(JSON.parse(result.stdout), JSON_REPORT);
  });

  it('groups what it finds under the named paths only', () => {
    const result = ladder(['team', 'other', '--format', 'json'], dir);
    assert.equal(result.code, 0);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(
      [report.assessments, report.ladders.map((l: { ladder: string }) => l.ladder), report.problems],
      [1, ['roman'], []],
    );
  });

  it('writes one HTML page with no script and nothing to fetch, every file text escaped', () => {
    const result = ladder(['team', '.', '--format', 'html'], dir);
    assert.equal(result.code, 0);
    const html = result.stdout;
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">/,
    );
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|<object|<embed|\bsrc=|\bhref=|url\(|@import/i);
    assert.equal((html.match(/<svg/g) ?? []).length >= 4, true, 'two heat maps and two pipelines');
    for (const text of [
      'Ana Diaz',
      'Support Ladder',
      'Unknown competency &#39;omega&#39;.',
      'team/ben-old.assessment.yaml',
    ])
      assert.ok(html.includes(text), text);
  });

  it('prints its help, and is listed in the main help', () => {
    for (const args of [
      ['team', '--help'],
      ['help', 'team'],
    ]) {
      const result = ladder(args, dir);
      assert.equal(result.code, 0);
      assert.equal(
        result.stdout.split('\n')[0],
        'Usage: ladder team [--format text|json|markdown|html] [--anonymize] PATH...',
      );
    }
    assert.equal(
      ladder(['help', 'packet'], dir).stdout.split('\n')[0],
      'Usage: ladder packet ASSESSMENT [--level ID] [-o FILE [--force]]',
    );
    const main = ladder(['--help'], dir).stdout;
    assert.ok(main.includes('  team PATH...           a team report'), main);
    assert.ok(main.includes('  packet ASSESSMENT      a promotion packet'), main);
  });

  it('exits 2 on bad usage', () => {
    for (const [args, message] of [
      [['team'], 'ladder: team needs at least one file or directory'],
      [['team', 'nope'], "ladder: 'nope' does not exist"],
      [
        ['team', '.', '--format', 'sarif'],
        "ladder: unknown format 'sarif' for team; use one of: text, json, markdown, html",
      ],
      [['team', '.', '--anonymize=yes'], "ladder: option '--anonymize' takes no value"],
      [['team', '.', '--anonymize', '--anonymize'], "ladder: option '--anonymize' is given more than once"],
    ] as const) {
      const result = ladder([...args], dir);
      assert.equal(result.code, 2, args.join(' '));
      assert.equal(result.stdout, '');
      assert.deepEqual(result.stderr.split('\n').slice(0, 2), [
        message,
        'Usage: ladder team [--format text|json|markdown|html] [--anonymize] PATH...',
      ]);
    }
  });
});

// People whose names hide in every place a name could go: evidence, notes, waiver reasons, an error message
// that quotes the file, a folder and a ladder path, an apostrophe and letters outside ASCII.
const PRIVATE_LADDER = TEAM_FILES['support.ladder.yaml']!.replace(
  'name: Support Ladder',
  "name: Seán O'Brien's support ladder",
);
const privatePerson = (name: string, extra = '') =>
  `kind: SelfAssessment\nladder: ../../ladders/sean-obrien/support.ladder.yaml\nperson: "${name}"\ndate: 2026-11-01\nlevel: junior\nsince: 2025-01-01\nratings:\n  alpha:\n    rating: 2\n    evidence: [Paired with ${name} on the outage]\n    note: ${name} agrees\n${extra}`;
const PRIVATE_FILES = {
  'ladders/sean-obrien/support.ladder.yaml': PRIVATE_LADDER,
  'people/zoe/zoe-celik.assessment.yaml': privatePerson(
    'Zoë Çelik',
    'waivers:\n  - {requirement: x, reason: Approved for Zoë Çelik}\n',
  ),
  'people/sean/sean-obrien.assessment.yaml': privatePerson("Seán O'Brien"),
  'people/sean/seán-o’brien-2025.assessment.yaml': privatePerson("Seán O'Brien"),
  'people/max/max-mustermann.assessment.yaml': privatePerson('Max Mustermann').replace('alpha:', 'max-mustermann:'),
};
const NAMES = ['Zoë Çelik', "Seán O'Brien", 'Max Mustermann'];
const FILE_NAMES = Object.keys(PRIVATE_FILES)
  .filter((path) => path.endsWith('.assessment.yaml'))
  .map((path) => path.slice(path.lastIndexOf('/') + 1));
const STEMS = ['zoe-celik', 'sean-obrien', 'seán-o’brien', 'max-mustermann'];

describe('ladder team --anonymize', () => {
  const privateDir = fixture(PRIVATE_FILES);
  const spellings = (text: string) => [
    text,
    escapeHtml(text),
    JSON.stringify(text).slice(1, -1),
    text.replace(/ /g, '-'),
    text.normalize('NFD'),
  ];

  for (const format of ['text', 'json', 'markdown', 'html']) {
    it(`leaves no name and no assessment file name in the ${format} report`, () => {
      const result = ladder(['team', '.', '--anonymize', '--format', format], privateDir);
      assert.equal(result.code, 0);
      const output = result.stdout.toLowerCase();
      for (const secret of [...NAMES.flatMap(spellings), ...FILE_NAMES, ...STEMS])
        assert.equal(output.includes(secret.toLowerCase()), false, `${format} output contains ${secret}`);
      for (const alias of ['Person 1', 'Person 2', 'Person 3'])
        assert.ok(result.stdout.includes(escapeHtml(alias)), `${format}: ${alias}`);
      assert.equal(result.stdout.includes('Person 4'), false, 'the same person in two files has one number');
    });
  }

  it("numbers people in the order of their files' paths and keeps the counts", () => {
    const report = JSON.parse(ladder(['team', '.', '--anonymize', '--format', 'json'], privateDir).stdout);
    assert.deepEqual(
      report.ladders[0].people.map((p: { person: string; file: string | null }) => [p.person, p.file]),
      [
        ['Person 2', null],
        ['Person 2', null],
      ],
    );
    const hidden = (line: number, column: number) => ({
      line,
      column,
      code: 'unknown-reference',
      message: 'Details hidden in an anonymized report.',
    });
    assert.deepEqual(report.problems, [
      { file: null, person: 'Person 1', errors: [hidden(8, 3)] },
      { file: null, person: 'Person 3', errors: [hidden(13, 19)] },
    ]);
    assert.equal(report.ladders[0].name, "Person 2's support ladder");
    assert.equal(report.ladders[0].file, 'ladders/Person 2/support.ladder.yaml');
    assert.deepEqual(report.duplicates, [{ person: 'Person 2', files: [null, null] }]);
  });
});
