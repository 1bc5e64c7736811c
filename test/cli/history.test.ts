// `ladder history ASSESSMENT`: the verdicts on the next and target levels at each commit that changed the
// assessment or its ladder files, in temporary repositories with fixed dates: renamed assessments, moved
// and deleted ladders, catalogue changes, committer dates, shallow clones, odd file names, bad usage.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { git, repository, type Repository } from './gitFixture';
import { fixture, ladder, lines } from './helpers';
import { assessment, CATALOGUE, TEAM_LADDER } from './evolutionFixtures';

const STRICTER = TEAM_LADDER.replace('expectations: {writing: 2, review: 2}', 'expectations: {writing: 3, review: 2}');

/** Commits with an author date a day before the committer date, so that the dates shown can only be the committer's. */
function commit(repo: Repository, message: string, day: string): string {
  git(repo.dir, ['add', '-A']);
  git(repo.dir, ['commit', '-q', '-m', message], {
    GIT_AUTHOR_DATE: `2020-01-01T00:00:00+00:00`,
    GIT_COMMITTER_DATE: `${day}T09:30:00+02:00`,
  });
  return git(repo.dir, ['rev-parse', 'HEAD']).trim();
}

/** Alex: rated writing 2, review 1 at first (Senior: not yet, review and the SME requirement fail), then review 2 (eligible), then the ladder asks writing 3. */
function alexHistory() {
  const repo = repository({
    'team.ladder.yaml': TEAM_LADDER,
    'core.competencies.yaml': CATALOGUE,
    'alex.assessment.yaml': assessment('Alex Kim', 2, 1),
  });
  const first = commit(repo, 'Alex joins', '2025-03-01');
  repo.write({ 'alex.assessment.yaml': assessment('Alex Kim', 2, 2) });
  const second = commit(repo, 'Alex reviews code', '2025-04-01');
  repo.write({ 'other.assessment.yaml': assessment('Other', 1, 1) });
  commit(repo, 'someone else', '2025-04-15');
  repo.write({ 'team.ladder.yaml': STRICTER });
  const third = commit(repo, 'Senior asks more writing', '2025-05-01');
  return { repo, commits: [first, second, third] };
}

const senior = (status: string, readiness: number) => ({
  level: 'senior',
  name: 'Senior',
  status,
  readiness,
  readinessPercent: readiness * 100,
});

describe('ladder history', () => {
  it('scores the assessment at each commit that changed it or its ladder, oldest first, dated by the committer', () => {
    const { repo, commits } = alexHistory();
    const result = ladder(['history', 'alex.assessment.yaml', '--format', 'json'], repo.dir);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), {
      person: 'Alex Kim',
      file: 'alex.assessment.yaml',
      commits: [
        {
          commit: commits[0],
          date: '2025-03-01T09:30:00+02:00',
          subject: 'Alex joins',
          path: 'alex.assessment.yaml',
          levels: [senior('not-yet', 0.5)],
        },
        {
          commit: commits[1],
          date: '2025-04-01T09:30:00+02:00',
          subject: 'Alex reviews code',
          path: 'alex.assessment.yaml',
          levels: [senior('eligible', 1)],
        },
        {
          commit: commits[2],
          date: '2025-05-01T09:30:00+02:00',
          subject: 'Senior asks more writing',
          path: 'alex.assessment.yaml',
          levels: [senior('not-yet', 0.75)],
        },
      ],
      problems: [],
    });
  });

  it('prints a text timeline and a Markdown table', () => {
    const { repo, commits } = alexHistory();
    const text = ladder(['history', 'alex.assessment.yaml'], repo.dir);
    assert.equal(text.code, 0);
    assert.deepEqual(lines(text.stdout), [
      'History of Alex Kim (alex.assessment.yaml), oldest first:',
      `2025-03-01  ${commits[0]!.slice(0, 12)}  Senior: not yet 50%  — Alex joins`,
      `2025-04-01  ${commits[1]!.slice(0, 12)}  Senior: eligible 100%  — Alex reviews code`,
      `2025-05-01  ${commits[2]!.slice(0, 12)}  Senior: not yet 75%  — Senior asks more writing`,
    ]);
    const markdown = ladder(['history', 'alex.assessment.yaml', '--format', 'markdown'], repo.dir);
    assert.equal(
      markdown.stdout,
      [
        '## History of Alex Kim',
        '',
        '`alex.assessment.yaml`, oldest first.',
        '',
        '| Date | Commit | Change | Senior `senior` |',
        '| --- | --- | --- | --- |',
        `| 2025-03-01 | \`${commits[0]!.slice(0, 12)}\` | Alex joins | not yet 50% |`,
        `| 2025-04-01 | \`${commits[1]!.slice(0, 12)}\` | Alex reviews code | eligible 100% |`,
        `| 2025-05-01 | \`${commits[2]!.slice(0, 12)}\` | Senior asks more writing | not yet 75% |`,
        '',
      ].join('\n'),
    );
  });

  it('follows a renamed assessment and a moved ladder, and includes catalogue changes', () => {
    const { repo } = alexHistory();
    mkdirSync(join(repo.dir, 'people'));
    git(repo.dir, ['mv', 'alex.assessment.yaml', 'people/alex kim.assessment.yaml']);
    repo.write({ 'people/alex kim.assessment.yaml': assessment('Alex Kim', 2, 2, '../team.ladder.yaml') });
    commit(repo, 'people get a folder', '2025-06-01');
    mkdirSync(join(repo.dir, 'ladders'));
    git(repo.dir, ['mv', 'team.ladder.yaml', 'ladders/team.ladder.yaml']);
    git(repo.dir, ['mv', 'core.competencies.yaml', 'ladders/core.competencies.yaml']);
    repo.write({ 'people/alex kim.assessment.yaml': assessment('Alex Kim', 3, 2, '../ladders/team.ladder.yaml') });
    commit(repo, 'ladders get a folder; Alex writes better', '2025-07-01');
    repo.write({
      'ladders/core.competencies.yaml': CATALOGUE.replace(
        'group: core}\n  - {id: review',
        'group: soft}\n  - {id: review',
      ),
    });
    commit(repo, 'writing is soft', '2025-08-01');

    const result = ladder(['history', join('people', 'alex kim.assessment.yaml'), '--format', 'json'], repo.dir);
    assert.equal(result.code, 0, result.stderr);
    const timeline = JSON.parse(result.stdout).commits as { subject: string; path: string; levels: unknown[] }[];
    assert.deepEqual(
      timeline.map((entry) => [entry.subject, entry.path, entry.levels]),
      [
        ['Alex joins', 'alex.assessment.yaml', [senior('not-yet', 0.5)]],
        ['Alex reviews code', 'alex.assessment.yaml', [senior('eligible', 1)]],
        ['Senior asks more writing', 'alex.assessment.yaml', [senior('not-yet', 0.75)]],
        ['people get a folder', 'people/alex kim.assessment.yaml', [senior('not-yet', 0.75)]],
        ['ladders get a folder; Alex writes better', 'people/alex kim.assessment.yaml', [senior('eligible', 1)]],
        ['writing is soft', 'people/alex kim.assessment.yaml', [senior('not-yet', 0.75)]],
      ],
    );
  });

  it('says why a commit could not be scored (its ladder missing), and scores an undated assessment as of the commit', () => {
    const undated = assessment('Alex Kim', 2, 2)
      .replace('date: 2025-06-01\n', '')
      .replace('since: 2024-01-01', 'since: 2025-01-01');
    const repo = repository({ 'alex.assessment.yaml': undated });
    commit(repo, 'Alex, before the ladder', '2025-03-01');
    repo.write({ 'team.ladder.yaml': TEAM_LADDER, 'core.competencies.yaml': CATALOGUE });
    commit(repo, 'the ladder', '2025-06-01');
    repo.write({ 'alex.assessment.yaml': `${undated}# a year on\n` });
    commit(repo, 'a year on', '2026-02-01');
    const result = JSON.parse(ladder(['history', 'alex.assessment.yaml', '--format', 'json'], repo.dir).stdout);
    assert.deepEqual(
      result.commits.map((entry: { subject: string; levels: unknown[]; problem?: string }) => [
        entry.subject,
        entry.levels,
        entry.problem,
      ]),
      [
        [
          'Alex, before the ladder',
          [],
          `Cannot read ladder 'team.ladder.yaml': it does not exist at ${result.commits[0].commit.slice(0, 12)}.`,
        ],
        // Less than a year at rank 1 on 2025-06-01: the tenure requirement is unmet.
        ['the ladder', [senior('not-yet', 0.75)], undefined],
        ['a year on', [senior('eligible', 1)], undefined],
      ],
    );
  });

  it('exits 1 when the assessment or its ladder has errors now, with the timeline all the same', () => {
    const { repo } = alexHistory();
    repo.write({ 'team.ladder.yaml': STRICTER.replace('writing: 3, review: 2', 'writing: 9, review: 2') });
    const result = ladder(['history', 'alex.assessment.yaml'], repo.dir);
    assert.equal(result.code, 1);
    assert.equal(
      lines(result.stdout)[0],
      "team.ladder.yaml:18:29: error: '9' is not a scale value of this ladder; the scale is 1, 2, 3. [off-scale]",
    );
    assert.equal(lines(result.stdout).length, 5);
    assert.equal(result.stderr, 'ladder: alex.assessment.yaml or its ladder has errors now\n');
  });

  it('has an empty timeline for an assessment no commit has, and works on a shallow clone', () => {
    const { repo } = alexHistory();
    repo.write({ '-new one.assessment.yaml': assessment('New', 1, 1) });
    const fresh = ladder(['history', '--', '-new one.assessment.yaml'], repo.dir);
    assert.equal(fresh.code, 0);
    assert.equal(fresh.stdout, 'No commit has -new one.assessment.yaml yet.\n');

    const clone = join(fixture({}), 'clone');
    git(repo.dir, ['clone', '-q', '--depth', '1', pathToFileURL(repo.dir).href, clone]);
    const shallow = JSON.parse(ladder(['history', 'alex.assessment.yaml', '--format', 'json'], clone).stdout);
    assert.deepEqual(
      shallow.commits.map((entry: { subject: string; levels: unknown[] }) => [entry.subject, entry.levels]),
      [['Senior asks more writing', [senior('not-yet', 0.75)]]],
    );
  });

  it('exits 2 for bad usage, a file outside a repository, or a file of another kind', () => {
    const { repo } = alexHistory();
    assert.equal(ladder(['history'], repo.dir).code, 2);
    assert.equal(ladder(['history', 'a.assessment.yaml', 'b.assessment.yaml'], repo.dir).code, 2);
    const other = ladder(['history', 'team.ladder.yaml'], repo.dir);
    assert.equal(other.code, 2);
    assert.match(other.stderr, /^ladder: 'team.ladder.yaml' is a Ladder file; history takes a SelfAssessment file\n/);
    const elsewhere = fixture({ 'x.assessment.yaml': assessment('X', 1, 1) });
    const none = ladder(['history', 'x.assessment.yaml'], elsewhere);
    assert.equal(none.code, 2);
    assert.equal(none.stderr, "ladder: 'x.assessment.yaml' is not in a git repository\n");
    const outside = ladder(['history', join(elsewhere, 'x.assessment.yaml')], repo.dir);
    assert.equal(outside.code, 2);
    assert.equal(outside.stderr, `ladder: '${join(elsewhere, 'x.assessment.yaml')}' is not in a git repository\n`);
  });
});
