// `ladder score --review` and `ladder calibrate` (spec section 8): the reports on the shipped samples,
// exact; reviews found beside and below the assessment; errors and bad usage.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MINI_ASSESSMENT, MINI_LADDER } from './fixtures';
import { fixture, ladder, lines, REPO } from './helpers';

const SAMPLES = join(REPO, 'samples');

/** Reviews of MINI_ASSESSMENT (troubleshooting 3, networking 2 with evidence, peer-review passed, target lead). */
const MANAGER = `kind: Review
assessment: test.assessment.yaml
reviewer: Jordan Lee
role: manager
ratings:
  troubleshooting: 1
  writing: 2
checks:
  documented-need: passed
`;

const PEER = `kind: Review
assessment: ../test.assessment.yaml
reviewer: Sam Ortiz
role: peer
ratings:
  troubleshooting: 3
  networking: 1
`;

const reviewed = (extra: Record<string, string> = {}) =>
  fixture({
    'mini.ladder.yaml': MINI_LADDER,
    'test.assessment.yaml': MINI_ASSESSMENT,
    'test.manager.review.yaml': MANAGER,
    'peers/test.peer.review.yaml': PEER,
    ...extra,
  });

const ALEX_TEXT = [
  'Alex Kim: calibration',
  'Ladder:        Customer Engineering Career Ladder (customer-engineering)',
  'As of:         2026-11-01',
  'Reviews:       R1 Taylor Brooks (manager): alex-kim.manager.review.yaml',
  '               R2 Riley Chen (peer): alex-kim.peer.review.yaml',
  '',
  'Competencies',
  '  Competency                                             Self  R1  R2  Consensus  Flags',
  '  Process and tooling improvement (process-improvement)  3     3   —   3',
  '  People leadership (people-leadership)                  2     2   —   2',
  '  Coverage planning (coverage-planning)                  2     2   —   2',
  '  Product knowledge (product-knowledge)                  3     3   —   3',
  '  Technical troubleshooting (troubleshooting)            4     4   4   4',
  '  Networking (networking)                                4     2   3   2          disagreement',
  '  Linux and operating systems (linux)                    3     —   2   2          unsupported',
  '  Cloud platforms (cloud-platforms)                      2     —   —   2',
  '  Scripting and automation (scripting-automation)        2     —   —   2',
  '  Support tooling (support-tooling)                      3     —   3   3',
  '  Customer communication (customer-communication)        3     3   —   3',
  '  Customer service orientation (customer-service)        3     —   —   3',
  '  Documentation and knowledge base (documentation)       3     —   —   3',
  '  Time management and prioritisation (time-management)   3     —   —   3          unreviewed',
  '  Cross-functional collaboration (collaboration)         3     —   3   3',
  '  Mentoring and knowledge sharing (mentoring)            3     3   —   3',
  '',
  '  disagreement: two ratings are two or more scale steps apart',
  '  unreviewed: a next or target level expects it and no review rates it',
  "  unsupported: the self-rating is above every reviewer's, without evidence",
  '',
  'Levels',
  '  Level                                      Self        R1        R2          Consensus',
  '★ Senior Engineer (senior-engineer)          Eligible    Not yet   Not yet     Not yet',
  '★ Team Lead (team-lead)                      Incomplete  Eligible  Incomplete  Eligible',
  '  Customer Engineer (customer-engineer)      Eligible    Eligible  Eligible    Eligible',
  '  Staff Engineer (staff-engineer)            Not yet     Not yet   Not yet     Not yet',
  '  Manager (manager)                          Not yet     Not yet   Not yet     Not yet',
  '  Senior Manager (senior-manager)            Not yet     Not yet   Not yet     Not yet',
  '  Automation Engineer (automation-engineer)  Not yet     Not yet   Not yet     Not yet',
  '★ a next step from the current level, or the target',
];

const ALEX_MARKDOWN = [
  '# Alex Kim: calibration',
  '',
  '- **Ladder:** Customer Engineering Career Ladder (`customer-engineering`)',
  '- **As of:** 2026-11-01',
  '',
  '## Reviews',
  '',
  '| Column | Reviewer | File |',
  '| --- | --- | --- |',
  '| R1 | Taylor Brooks (manager) | `alex-kim.manager.review.yaml` |',
  '| R2 | Riley Chen (peer) | `alex-kim.peer.review.yaml` |',
  '',
  '## Competencies',
  '',
  '| Competency | Self | R1 | R2 | Consensus | Flags |',
  '| --- | --- | --- | --- | --- | --- |',
  '| Process and tooling improvement (`process-improvement`) | 3 | 3 | — | 3 |   |',
  '| People leadership (`people-leadership`) | 2 | 2 | — | 2 |   |',
  '| Coverage planning (`coverage-planning`) | 2 | 2 | — | 2 |   |',
  '| Product knowledge (`product-knowledge`) | 3 | 3 | — | 3 |   |',
  '| Technical troubleshooting (`troubleshooting`) | 4 | 4 | 4 | 4 |   |',
  '| Networking (`networking`) | 4 | 2 | 3 | 2 | disagreement |',
  '| Linux and operating systems (`linux`) | 3 | — | 2 | 2 | unsupported |',
  '| Cloud platforms (`cloud-platforms`) | 2 | — | — | 2 |   |',
  '| Scripting and automation (`scripting-automation`) | 2 | — | — | 2 |   |',
  '| Support tooling (`support-tooling`) | 3 | — | 3 | 3 |   |',
  '| Customer communication (`customer-communication`) | 3 | 3 | — | 3 |   |',
  '| Customer service orientation (`customer-service`) | 3 | — | — | 3 |   |',
  '| Documentation and knowledge base (`documentation`) | 3 | — | — | 3 |   |',
  '| Time management and prioritisation (`time-management`) | 3 | — | — | 3 | unreviewed |',
  '| Cross-functional collaboration (`collaboration`) | 3 | — | 3 | 3 |   |',
  '| Mentoring and knowledge sharing (`mentoring`) | 3 | 3 | — | 3 |   |',
  '',
  '- **disagreement**: two ratings are two or more scale steps apart',
  '- **unreviewed**: a next or target level expects it and no review rates it',
  "- **unsupported**: the self-rating is above every reviewer's, without evidence",
  '',
  '## Levels',
  '',
  '| Level | Self | R1 | R2 | Consensus |',
  '| --- | --- | --- | --- | --- |',
  '| ★ Senior Engineer (`senior-engineer`) | Eligible | Not yet | Not yet | Not yet |',
  '| ★ Team Lead (`team-lead`) | Incomplete | Eligible | Incomplete | Eligible |',
  '| Customer Engineer (`customer-engineer`) | Eligible | Eligible | Eligible | Eligible |',
  '| Staff Engineer (`staff-engineer`) | Not yet | Not yet | Not yet | Not yet |',
  '| Manager (`manager`) | Not yet | Not yet | Not yet | Not yet |',
  '| Senior Manager (`senior-manager`) | Not yet | Not yet | Not yet | Not yet |',
  '| Automation Engineer (`automation-engineer`) | Not yet | Not yet | Not yet | Not yet |',
  '',
  '★ a next step from the current level, or the target.',
];

const ALEX_JSON = {
  person: 'Alex Kim',
  asOf: '2026-11-01',
  reviews: [
    { file: 'alex-kim.manager.review.yaml', reviewer: 'Taylor Brooks', role: 'manager' },
    { file: 'alex-kim.peer.review.yaml', reviewer: 'Riley Chen', role: 'peer' },
  ],
  competencies: [
    { competency: 'process-improvement', self: 3, reviews: [3, null], consensus: 3, flags: [] },
    { competency: 'people-leadership', self: 2, reviews: [2, null], consensus: 2, flags: [] },
    { competency: 'coverage-planning', self: 2, reviews: [2, null], consensus: 2, flags: [] },
    { competency: 'product-knowledge', self: 3, reviews: [3, null], consensus: 3, flags: [] },
    { competency: 'troubleshooting', self: 4, reviews: [4, 4], consensus: 4, flags: [] },
    { competency: 'networking', self: 4, reviews: [2, 3], consensus: 2, flags: ['disagreement'] },
    { competency: 'linux', self: 3, reviews: [null, 2], consensus: 2, flags: ['unsupported'] },
    { competency: 'cloud-platforms', self: 2, reviews: [null, null], consensus: 2, flags: [] },
    { competency: 'scripting-automation', self: 2, reviews: [null, null], consensus: 2, flags: [] },
    { competency: 'support-tooling', self: 3, reviews: [null, 3], consensus: 3, flags: [] },
    { competency: 'customer-communication', self: 3, reviews: [3, null], consensus: 3, flags: [] },
    { competency: 'customer-service', self: 3, reviews: [null, null], consensus: 3, flags: [] },
    { competency: 'documentation', self: 3, reviews: [null, null], consensus: 3, flags: [] },
    { competency: 'time-management', self: 3, reviews: [null, null], consensus: 3, flags: ['unreviewed'] },
    { competency: 'collaboration', self: 3, reviews: [null, 3], consensus: 3, flags: [] },
    { competency: 'mentoring', self: 3, reviews: [3, null], consensus: 3, flags: [] },
  ],
  levels: [
    { id: 'customer-engineer', self: 'eligible', reviews: ['eligible', 'eligible'], consensus: 'eligible' },
    { id: 'senior-engineer', self: 'eligible', reviews: ['not-yet', 'not-yet'], consensus: 'not-yet' },
    { id: 'staff-engineer', self: 'not-yet', reviews: ['not-yet', 'not-yet'], consensus: 'not-yet' },
    { id: 'team-lead', self: 'incomplete', reviews: ['eligible', 'incomplete'], consensus: 'eligible' },
    { id: 'manager', self: 'not-yet', reviews: ['not-yet', 'not-yet'], consensus: 'not-yet' },
    { id: 'senior-manager', self: 'not-yet', reviews: ['not-yet', 'not-yet'], consensus: 'not-yet' },
    { id: 'automation-engineer', self: 'not-yet', reviews: ['not-yet', 'not-yet'], consensus: 'not-yet' },
  ],
};

describe('ladder calibrate on the samples', () => {
  it('prints the text report', () => {
    const result = ladder(['calibrate', 'alex-kim.assessment.yaml'], SAMPLES);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.deepEqual(lines(result.stdout), ALEX_TEXT);
  });

  it('prints the Markdown report', () => {
    const result = ladder(['calibrate', 'samples/alex-kim.assessment.yaml', '--format', 'markdown'], REPO);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(lines(result.stdout), ALEX_MARKDOWN);
  });

  it('prints exactly the spec JSON, keys in order', () => {
    const result = ladder(['calibrate', '--format=json', 'samples/alex-kim.assessment.yaml'], REPO);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), ALEX_JSON);
    assert.equal(
      result.stdout,
      `${JSON.stringify(ALEX_JSON, null, 2)}\n`,
      'the same keys in the same order, two-space indented',
    );
  });

  it('finds the reviews of the other sample, with a rating the person has not given', () => {
    const report = JSON.parse(
      ladder(['calibrate', 'samples/jordan-lee.assessment.yaml', '--format', 'json'], REPO).stdout,
    );
    const row = (id: string) => report.competencies.find((c: { competency: string }) => c.competency === id);
    assert.deepEqual(
      report.reviews.map((r: { file: string }) => r.file),
      ['jordan-lee.manager.review.yaml', 'jordan-lee.peer.review.yaml'],
    );
    assert.deepEqual(row('team-metrics'), {
      competency: 'team-metrics',
      self: null,
      reviews: [2, null],
      consensus: 2,
      flags: [],
    });
    assert.deepEqual(row('customer-service').flags, ['disagreement', 'unsupported']);
  });
});

describe('ladder calibrate', () => {
  it('finds the reviews beside the assessment and below its folder, ordered by path, and no others', () => {
    const dir = reviewed({
      'elsewhere/stray.review.yaml': PEER.replace('../test.assessment.yaml', 'other.assessment.yaml'),
      'up/far.review.yaml': PEER.replace('Sam Ortiz', 'Ann Bell'),
    });
    const result = ladder(['calibrate', 'test.assessment.yaml', '--format', 'json'], dir);
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(report.reviews, [
      { file: 'peers/test.peer.review.yaml', reviewer: 'Sam Ortiz', role: 'peer' },
      { file: 'test.manager.review.yaml', reviewer: 'Jordan Lee', role: 'manager' },
      { file: 'up/far.review.yaml', reviewer: 'Ann Bell', role: 'peer' },
    ]);
    assert.deepEqual(report.competencies, [
      { competency: 'troubleshooting', self: 3, reviews: [3, 1, 3], consensus: 1, flags: ['disagreement'] },
      { competency: 'networking', self: 2, reviews: [1, null, 1], consensus: 1, flags: [] },
      { competency: 'writing', self: null, reviews: [null, 2, null], consensus: 2, flags: [] },
    ]);
    assert.deepEqual(report.levels, [
      { id: 'engineer', self: 'eligible', reviews: ['eligible', 'eligible', 'eligible'], consensus: 'eligible' },
      { id: 'senior', self: 'incomplete', reviews: ['not-yet', 'not-yet', 'not-yet'], consensus: 'not-yet' },
      { id: 'lead', self: 'not-yet', reviews: ['not-yet', 'not-yet', 'not-yet'], consensus: 'not-yet' },
    ]);
  });

  it('reports no review as `reviews: []` and exits 0', () => {
    const dir = fixture({ 'mini.ladder.yaml': MINI_LADDER, 'test.assessment.yaml': MINI_ASSESSMENT });
    const result = ladder(['calibrate', 'test.assessment.yaml', '--format', 'json'], dir);
    assert.equal(result.code, 0);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(report.reviews, []);
    assert.deepEqual(report.competencies, [
      { competency: 'troubleshooting', self: 3, reviews: [], consensus: 3, flags: ['unreviewed'] },
      { competency: 'networking', self: 2, reviews: [], consensus: 2, flags: ['unreviewed'] },
    ]);
    assert.deepEqual(
      report.levels.map((l: { self: string; consensus: string }) => [l.self, l.consensus]),
      [
        ['eligible', 'eligible'],
        ['incomplete', 'incomplete'],
        ['not-yet', 'not-yet'],
      ],
    );
    const text = ladder(['calibrate', 'test.assessment.yaml'], dir);
    assert.equal(lines(text.stdout)[3], 'Reviews:       none found');
  });

  it('exits 1 with the errors of a review of the assessment, printed as check prints them', () => {
    const dir = reviewed({ 'test.manager.review.yaml': MANAGER.replace('writing: 2', 'writng: 2') });
    const result = ladder(['calibrate', 'test.assessment.yaml'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout), [
      "test.manager.review.yaml:7:3: error: Unknown competency 'writng'. Did you mean 'writing'? [unknown-reference]",
    ]);
    assert.equal(result.stderr, 'ladder: cannot calibrate: 1 error in 1 file\n');
    const json = ladder(['calibrate', 'test.assessment.yaml', '--format', 'json'], dir);
    assert.equal(json.code, 1);
    assert.deepEqual(
      JSON.parse(json.stdout).map((p: { file: string; code: string }) => [p.file, p.code]),
      [['test.manager.review.yaml', 'unknown-reference']],
    );
  });

  it('exits 2 for a file that is not an assessment, or one that does not exist', () => {
    const dir = reviewed();
    const review = ladder(['calibrate', 'test.manager.review.yaml'], dir);
    assert.equal(review.code, 2);
    assert.deepEqual(lines(review.stderr).slice(0, 2), [
      "ladder: 'test.manager.review.yaml' is a Review file; calibrate takes a SelfAssessment file",
      'Usage: ladder calibrate ASSESSMENT [--format text|json|markdown]',
    ]);
    const missing = ladder(['calibrate', 'nobody.assessment.yaml'], dir);
    assert.equal(missing.code, 2);
    assert.equal(lines(missing.stderr)[0], "ladder: 'nobody.assessment.yaml' does not exist");
    assert.equal(lines(ladder(['calibrate'], dir).stderr)[0], 'ladder: calibrate needs an assessment file');
    assert.equal(ladder(['calibrate', 'test.assessment.yaml', '--format', 'sarif'], dir).code, 2);
  });

  it('prints its help', () => {
    const result = ladder(['help', 'calibrate'], REPO);
    assert.equal(result.code, 0);
    assert.equal(lines(result.stdout)[0], 'Usage: ladder calibrate ASSESSMENT [--format text|json|markdown]');
  });
});

describe('ladder score --review', () => {
  it("scores under the review: its ratings and checks replace the assessment's, the rest and the date stay", () => {
    const dir = reviewed();
    const self = JSON.parse(ladder(['score', 'test.assessment.yaml', '--format', 'json'], dir).stdout);
    const result = ladder(
      ['score', 'test.assessment.yaml', '--review', 'test.manager.review.yaml', '--format', 'json'],
      dir,
    );
    assert.equal(result.code, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(report), ['person', 'ladder', 'level', 'asOf', 'levels']);
    assert.deepEqual({ ...report, levels: [] }, { ...self, levels: [] });
    assert.deepEqual(
      report.levels.map((l: { id: string; status: string; readiness: number }) => [l.id, l.status, l.readiness]),
      [
        ['engineer', 'eligible', 1],
        ['senior', 'not-yet', 5 / 7],
        ['lead', 'not-yet', 0.5],
      ],
    );
    assert.deepEqual(report.levels[1].expectations, [
      { competency: 'troubleshooting', expected: 3, rated: 1, status: 'gap' },
      { competency: 'networking', expected: 2, rated: 2, status: 'met' },
      { competency: 'writing', expected: 2, rated: 2, status: 'met' },
    ]);
    assert.deepEqual(report.levels[2].requirements[0], {
      id: 'need',
      type: 'check',
      status: 'met',
      detail: 'Documented need: passed',
    });
  });

  it('prints the same text and Markdown reports as score', () => {
    const dir = reviewed();
    const text = ladder(
      ['score', 'test.assessment.yaml', '--review', 'peers/test.peer.review.yaml', '--level', 'senior'],
      dir,
    );
    assert.equal(text.code, 0);
    assert.deepEqual(lines(text.stdout).slice(0, 8), [
      'Test Person',
      'Ladder:        Mini Ladder (mini)',
      'Current level: Engineer (engineer)',
      'As of:         2026-01-01',
      '★ a next step from the current level, or the target',
      '',
      '★ Senior (senior) — IC, rank 2',
      '  NOT YET · readiness 57% (4 of 7)',
    ]);
    const markdown = ladder(
      ['score', 'test.assessment.yaml', '--review=peers/test.peer.review.yaml', '--format', 'markdown'],
      dir,
    );
    assert.equal(markdown.code, 0);
    assert.equal(lines(markdown.stdout)[0], '# Test Person');
  });

  it('exits 2 for a review of another assessment, a file that is not a review, or one that does not exist', () => {
    const dir = reviewed({
      'other.assessment.yaml': MINI_ASSESSMENT.replace('Test Person', 'Other Person'),
      'other.review.yaml': MANAGER.replace('test.assessment.yaml', 'other.assessment.yaml'),
    });
    const cases: [string, string][] = [
      ['other.review.yaml', "ladder: 'other.review.yaml' reviews 'other.assessment.yaml', not 'test.assessment.yaml'"],
      [
        'other.assessment.yaml',
        "ladder: 'other.assessment.yaml' is a SelfAssessment file; --review takes a Review file",
      ],
      ['gone.review.yaml', "ladder: 'gone.review.yaml' does not exist"],
    ];
    for (const [review, message] of cases) {
      const result = ladder(['score', 'test.assessment.yaml', '--review', review], dir);
      assert.equal(result.code, 2, review);
      assert.equal(result.stdout, '');
      assert.deepEqual(lines(result.stderr).slice(0, 2), [
        message,
        'Usage: ladder score ASSESSMENT [--level ID] [--review REVIEW] [--format text|json|markdown]',
      ]);
    }
  });

  it('exits 1 with the errors of the review', () => {
    const dir = reviewed({ 'test.manager.review.yaml': MANAGER.replace('troubleshooting: 1', 'troubleshooting: 4') });
    const result = ladder(['score', 'test.assessment.yaml', '--review', 'test.manager.review.yaml'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout), [
      "test.manager.review.yaml:6:20: error: '4' is not a rating of this ladder; the scale is 1, 2, 3. [off-scale]",
    ]);
    const unnamed = reviewed({ 'test.manager.review.yaml': MANAGER.replace('assessment: test.assessment.yaml\n', '') });
    const missing = ladder(['score', 'test.assessment.yaml', '--review', 'test.manager.review.yaml'], unnamed);
    assert.equal(missing.code, 1);
    assert.deepEqual(lines(missing.stdout), [
      "test.manager.review.yaml:1:1: error: Missing required key 'assessment' in the document. [missing-key]",
    ]);
  });
});

describe('ladder check on reviews', () => {
  it('finds review files by name and checks them against the assessment they review', () => {
    const dir = reviewed({
      'peers/again.review.yaml': PEER.replace('networking: 1', 'netwrking: 1'),
      'lost.review.yaml': MANAGER.replace('test.assessment.yaml', 'mini.ladder.yaml').replace('Jordan Lee', 'Ann Bell'),
    });
    const result = ladder(['check', '.'], dir);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout), [
      "lost.review.yaml:2:13: error: 'mini.ladder.yaml' is a Ladder file, not a SelfAssessment. [assessment-wrong-kind]",
      'peers/again.review.yaml:3:11: warning: Sam Ortiz also reviews this assessment in test.peer.review.yaml; calibration would count the same person twice. [duplicate-reviewer]',
      "peers/again.review.yaml:7:3: error: Unknown competency 'netwrking'. Did you mean 'networking'? [unknown-reference]",
      'peers/test.peer.review.yaml:3:11: warning: Sam Ortiz also reviews this assessment in again.review.yaml; calibration would count the same person twice. [duplicate-reviewer]',
      'test.assessment.yaml:8:1: info: Not rated yet, but expected by your next or target levels: writing. [missing-ratings]',
    ]);
    assert.equal(result.stderr, '6 files checked: 2 errors, 2 warnings, 1 info\n');
  });
});
