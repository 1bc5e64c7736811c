// `ladder impact --base REF`: verdicts scored with the ladder files at REF (read from git) and now, in
// temporary repositories: edits, moves, deletions, new ladders, renamed levels, shallow clones, unknown
// revisions, paths outside the repository, and file names with spaces or a leading '-'.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { assessment, CATALOGUE, TEAM_LADDER } from './evolutionFixtures';
import { git, repository } from './gitFixture';
import { fixture, ladder, lines, snapshot } from './helpers';

const DAY = '2026-01-01T12:00:00+00:00';

const FILES = {
  'team.ladder.yaml': TEAM_LADDER,
  'core.competencies.yaml': CATALOGUE,
  'people/alex.assessment.yaml': assessment('Alex Kim', 2, 2, '../team.ladder.yaml'),
  'people/sam.assessment.yaml': assessment('Sam Ortiz', 3, 1, '../team.ladder.yaml'),
};

/** Senior now expects writing at 3: Alex (writing 2) falls from eligible to not yet; Sam's verdict stays. */
const STRICTER = TEAM_LADDER.replace('expectations: {writing: 2, review: 2}', 'expectations: {writing: 3, review: 2}');

const ALEX_SENIOR = {
  person: 'Alex Kim',
  file: join('people', 'alex.assessment.yaml'),
  level: 'senior',
  name: 'Senior',
  before: { status: 'eligible', readiness: 1 },
  after: { status: 'not-yet', readiness: 0.75 },
  expectations: [
    {
      competency: 'writing',
      before: { expected: 2, rated: 2, status: 'met' },
      after: { expected: 3, rated: 2, status: 'gap' },
    },
  ],
  requirements: [],
};

function json(result: { code: number | null; stdout: string; stderr: string }) {
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout);
}

describe('ladder impact', () => {
  it('lists the levels whose verdict changes in the working tree, with the expectations that changed', () => {
    const repo = repository(FILES, DAY);
    const base = git(repo.dir, ['rev-parse', 'HEAD']).trim();
    repo.write({ 'team.ladder.yaml': STRICTER });
    const report = json(ladder(['impact', '--base', 'HEAD', '--format', 'json'], repo.dir));
    assert.deepEqual(report, {
      base: 'HEAD',
      commit: base,
      assessments: 2,
      people: 1,
      changes: [ALEX_SENIOR],
      notes: [],
      problems: [],
    });
  });

  it('prints a text report and a Markdown report for a pull-request comment', () => {
    const repo = repository(FILES, DAY);
    const base = git(repo.dir, ['rev-parse', 'HEAD']).trim().slice(0, 12);
    repo.write({ 'team.ladder.yaml': STRICTER });
    const text = ladder(['impact', '--base', 'HEAD'], repo.dir);
    assert.equal(text.code, 0);
    assert.deepEqual(lines(text.stdout), [
      `Compared with HEAD (${base}): 2 assessments, 1 level change for 1 person.`,
      '',
      `Alex Kim (${join('people', 'alex.assessment.yaml')})`,
      '  Senior (senior): eligible 100% → not yet 75%',
      '    expectation writing: met (rated 2, expected 2) → gap (rated 2, expected 3)',
    ]);
    const markdown = ladder(['impact', '--base', 'HEAD', '--format', 'markdown'], repo.dir);
    assert.equal(markdown.code, 0);
    assert.equal(
      markdown.stdout,
      [
        '<!-- ladder-impact -->',
        '## Ladder impact',
        '',
        `Compared with \`HEAD\` (\`${base}\`): **1 level** change for **1 person** (of 2 assessments compared).`,
        '',
        '| Person | File | Level | Before | After |',
        '| --- | --- | --- | --- | --- |',
        `| Alex Kim | \`${join('people', 'alex.assessment.yaml')}\` | Senior \`senior\` | eligible 100% | not yet 75% |`,
        '',
        '<details>',
        '<summary>What changed for Alex Kim</summary>',
        '',
        '- `senior`: expectation writing: met (rated 2, expected 2) → gap (rated 2, expected 3)',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('says so when no verdict changes', () => {
    const repo = repository(FILES, DAY);
    const result = ladder(['impact', '--base', 'HEAD', 'people'], repo.dir);
    assert.equal(result.code, 0);
    assert.match(result.stdout, /^Compared with HEAD \([0-9a-f]{12}\): 2 assessments, no verdict changes\.\n$/);
  });

  it('compares with a branch or an older commit, and follows changes to an included catalogue', () => {
    const repo = repository(FILES, DAY);
    git(repo.dir, ['checkout', '-q', '-b', 'feature']);
    repo.write({
      'core.competencies.yaml': CATALOGUE.replace(
        '{id: review, name: Code review, group: core}',
        '{id: review, name: Code review, group: soft}',
      ),
    });
    repo.commit('review is not core any more', '2026-01-02T12:00:00+00:00');
    const report = json(ladder(['impact', '--base', 'main', '--format', 'json'], repo.dir));
    assert.deepEqual(
      report.changes.map(
        (c: { person: string; level: string; before: unknown; after: unknown; requirements: unknown }) => [
          c.person,
          c.level,
          c.before,
          c.after,
          c.requirements,
        ],
      ),
      [
        [
          'Alex Kim',
          'senior',
          { status: 'eligible', readiness: 1 },
          { status: 'not-yet', readiness: 0.75 },
          [
            {
              id: 'sme',
              type: 'competencies',
              before: { status: 'met', detail: '2 rated 2 or higher in core (needs 2)' },
              after: { status: 'unmet', detail: '1 rated 2 or higher in core (needs 2)' },
            },
          ],
        ],
      ],
    );
    assert.deepEqual(json(ladder(['impact', '--base', 'HEAD~1', '--format', 'json'], repo.dir)).changes.length, 1);
  });

  it('makes every level new when the ladder did not exist at the base', () => {
    const repo = repository({ 'people/alex.assessment.yaml': FILES['people/alex.assessment.yaml'] }, DAY);
    repo.write({ 'team.ladder.yaml': TEAM_LADDER, 'core.competencies.yaml': CATALOGUE });
    repo.commit('the ladder', '2026-01-02T12:00:00+00:00');
    const report = json(ladder(['impact', '--base', 'HEAD~1', '--format', 'json'], repo.dir));
    assert.deepEqual(
      report.changes.map((c: { level: string; before: unknown; after: unknown }) => [c.level, c.before, c.after]),
      [
        ['junior', null, { status: 'eligible', readiness: 1 }],
        ['senior', null, { status: 'eligible', readiness: 1 }],
      ],
    );
    assert.deepEqual(report.notes, [
      {
        file: join('people', 'alex.assessment.yaml'),
        message: "Cannot read ladder '../team.ladder.yaml': it does not exist at HEAD~1.",
      },
    ]);
    const text = ladder(['impact', '--base', 'HEAD~1'], repo.dir);
    assert.deepEqual(lines(text.stdout).slice(2), [
      `Alex Kim (${join('people', 'alex.assessment.yaml')})`,
      "  at HEAD~1: Cannot read ladder '../team.ladder.yaml': it does not exist at HEAD~1.",
      '  Junior (junior): new → eligible 100%',
      '    expectation writing: not expected → met (rated 2, expected 1)',
      '  Senior (senior): new → eligible 100%',
      '    expectation writing: not expected → met (rated 2, expected 2)',
      '    expectation review: not expected → met (rated 2, expected 2)',
      '    requirement tenure: not required → met, 1.4 years at rank 1 (needs 1)',
      '    requirement sme: not required → met, 2 rated 2 or higher in core (needs 2)',
    ]);
  });

  it('reports an assessment whose ladder is deleted now as an error (exit 1), and still compares the others', () => {
    const repo = repository(
      {
        ...FILES,
        'other.ladder.yaml': TEAM_LADDER.replace('id: team', 'id: other'),
        'people/kim.assessment.yaml': assessment('Kim', 2, 2, '../other.ladder.yaml'),
      },
      DAY,
    );
    repo.remove('other.ladder.yaml');
    repo.write({ 'team.ladder.yaml': STRICTER });
    const result = ladder(['impact', '--base', 'HEAD', '--format', 'json'], repo.dir);
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(report.changes, [ALEX_SENIOR]);
    assert.equal(report.assessments, 2);
    assert.deepEqual(report.problems, [
      {
        file: join('people', 'kim.assessment.yaml'),
        line: 2,
        column: 9,
        endLine: 2,
        endColumn: 29,
        severity: 'error',
        message: "Cannot read ladder '../other.ladder.yaml': no such file.",
        code: 'ladder-not-found',
      },
    ]);
    assert.equal(result.stderr, 'ladder: 1 assessment not compared: errors in 1 file\n');
    const text = ladder(['impact', '--base', 'HEAD'], repo.dir);
    assert.equal(text.code, 1);
    assert.equal(
      lines(text.stdout)[0],
      `${join('people', 'kim.assessment.yaml')}:2:9: error: Cannot read ladder '../other.ladder.yaml': no such file. [ladder-not-found]`,
    );
  });

  it('follows ladder files moved since the base (git mv), comparing with their old contents', () => {
    const repo = repository(FILES, DAY);
    mkdirSync(join(repo.dir, 'ladders'));
    git(repo.dir, ['mv', 'team.ladder.yaml', 'ladders/team.ladder.yaml']);
    git(repo.dir, ['mv', 'core.competencies.yaml', 'ladders/core.competencies.yaml']);
    repo.write({
      'ladders/team.ladder.yaml': STRICTER,
      'people/alex.assessment.yaml': assessment('Alex Kim', 2, 2, '../ladders/team.ladder.yaml'),
      'people/sam.assessment.yaml': assessment('Sam Ortiz', 3, 1, '../ladders/team.ladder.yaml'),
    });
    const report = json(ladder(['impact', '--base', 'HEAD', '--format', 'json'], repo.dir));
    assert.deepEqual(report.changes, [ALEX_SENIOR]);
    assert.deepEqual(report.notes, []);
  });

  it('matches a level renamed with formerly to its old id', () => {
    const repo = repository(FILES, DAY);
    repo.write({
      'team.ladder.yaml': STRICTER.replace('next: [senior]', 'next: [senior-engineer]').replace(
        '  - id: senior\n',
        '  - id: senior-engineer\n    formerly: [senior]\n',
      ),
    });
    const report = json(ladder(['impact', '--base', 'HEAD', '--format', 'json'], repo.dir));
    assert.deepEqual(report.changes, [{ ...ALEX_SENIOR, level: 'senior-engineer' }]);
  });

  it('writes nothing: neither the working tree nor the repository changes', () => {
    const repo = repository(FILES, DAY);
    repo.write({ 'team.ladder.yaml': STRICTER });
    // The test's own `git status` must not refresh the index either.
    const status = () => git(repo.dir, ['status', '--porcelain'], { GIT_OPTIONAL_LOCKS: '0' });
    const before = status();
    const files = snapshot(repo.dir);
    assert.equal(ladder(['impact', '--base', 'HEAD', '--format', 'markdown'], repo.dir).code, 0);
    assert.deepEqual(snapshot(repo.dir), files);
    assert.equal(status(), before);
  });

  it('handles paths with spaces and file names that start with a dash', () => {
    const repo = repository(
      {
        'my team/-team.ladder.yaml': TEAM_LADDER,
        'my team/core.competencies.yaml': CATALOGUE,
        'my team/-alex kim.assessment.yaml': assessment('Alex Kim', 2, 2, '-team.ladder.yaml'),
      },
      DAY,
    );
    repo.write({ 'my team/-team.ladder.yaml': STRICTER });
    const expected = [{ ...ALEX_SENIOR, file: join('my team', '-alex kim.assessment.yaml') }];
    assert.deepEqual(
      json(ladder(['impact', '--base', 'HEAD', '--format', 'json', 'my team'], repo.dir)).changes,
      expected,
    );
    assert.deepEqual(
      json(ladder(['impact', '--base=HEAD', '--format=json', '--', 'my team/-alex kim.assessment.yaml'], repo.dir))
        .changes,
      expected,
    );
    const inside = ladder(
      ['impact', '--format', 'json', '--base', 'HEAD', '--', '-alex kim.assessment.yaml'],
      join(repo.dir, 'my team'),
    );
    assert.deepEqual(json(inside).changes, [{ ...expected[0], file: '-alex kim.assessment.yaml' }]);
  });

  it('works in a shallow clone for the commits it has, and says what to fetch for the others', () => {
    const origin = repository(FILES, DAY);
    origin.write({ 'team.ladder.yaml': STRICTER });
    origin.commit('stricter', '2026-01-02T12:00:00+00:00');
    const clone = join(fixture({}), 'clone');
    git(origin.dir, ['clone', '-q', '--depth', '1', pathToFileURL(origin.dir).href, clone]);
    assert.deepEqual(json(ladder(['impact', '--base', 'HEAD', '--format', 'json'], clone)).changes, []);
    const missing = ladder(['impact', '--base', 'HEAD~1'], clone);
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, '');
    assert.match(
      missing.stderr,
      /^ladder: 'HEAD~1' is not a commit, branch or tag of the repository at .*clone \(it is a shallow clone: fetch the history you compare with, e\.g\. git fetch --deepen=50 or git fetch origin main\)\n$/,
    );
  });

  it('exits 2 with a clear message for an unknown revision, a path outside the repository, or no repository', () => {
    const repo = repository(FILES, DAY);
    const unknown = ladder(['impact', '--base', 'no-such-branch'], repo.dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^ladder: 'no-such-branch' is not a commit, branch or tag of the repository at .+\n$/);

    const elsewhere = fixture({ 'x.assessment.yaml': assessment('X', 1, 1) });
    const outside = ladder(['impact', '--base', 'HEAD', '.', elsewhere], repo.dir);
    assert.equal(outside.code, 2);
    assert.equal(outside.stderr, `ladder: '${elsewhere}' is outside the git repository at ${repo.dir}\n`);

    const none = ladder(['impact', '--base', 'HEAD'], elsewhere);
    assert.equal(none.code, 2);
    assert.equal(none.stderr, "ladder: '.' is not in a git repository\n");

    const dash = ladder(['impact', '--base=--output=x'], repo.dir);
    assert.equal(dash.code, 2);
    assert.match(dash.stderr, /^ladder: '--output=x' is not a revision \(it starts with '-'\)\n/);
  });

  it('exits 2 on bad usage', () => {
    const repo = repository(FILES, DAY);
    const noBase = ladder(['impact'], repo.dir);
    assert.equal(noBase.code, 2);
    assert.match(
      noBase.stderr,
      /^ladder: impact needs --base GIT_REF: the commit, branch or tag to compare with\nUsage: ladder impact --base GIT_REF/,
    );
    assert.equal(ladder(['impact', '--base', 'HEAD', 'nope'], repo.dir).code, 2);
    assert.equal(ladder(['impact', '--base', 'HEAD', '--format', 'sarif'], repo.dir).code, 2);
  });
});
