// Property tests of scoring: monotone in ratings and waivers, in agreement with spec section 5, and never
// throwing. Declared here with their full run counts; test/unit/properties.test.ts runs each a few times,
// test/robustness/properties.test.ts in full.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import type { Assessment } from '../../server/src/core/model/types';
import { scoreAssessment } from '../../server/src/core/score/scoreAssessment';
import type { LevelScore, LevelStatus, RequirementResult } from '../../server/src/core/score/types';
import type { LadderContext } from '../../server/src/core/workspace/ladderContext';
import { NOW, errors, uri, workspaceOf, yaml } from './helpers';

const SCALE = [1, 2, 3, 4] as const;
const COMPETENCIES = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'] as const;
const CHECKS = ['review', 'need'] as const;
const REQUIREMENT_IDS = [
  'tenure',
  'exp',
  'sme',
  'review-req',
  'kpi',
  'either',
  'both',
  'inner-check',
  'inner-sme',
  'inner-kpi',
] as const;

const LADDER = yaml`
  kind: Ladder
  id: props
  name: Properties
  scale: [{id: 1}, {id: 2}, {id: 3}, {id: 4}]
  competencies:
    - {id: alpha, group: core}
    - {id: beta, group: core}
    - {id: gamma, group: core}
    - {id: delta, group: soft}
    - {id: epsilon, group: soft}
  metrics:
    - {id: resolution, unit: percent}
    - {id: handle-time, unit: hours, better: lower}
  checks: [{id: review}, {id: need}]
  tracks: [{id: core}, {id: ic}]
  levels:
    - id: one
      name: One
      track: core
      rank: 1
      expectations: {alpha: 1, beta: 1}
      next: [two]
    - id: two
      name: Two
      track: core
      rank: 2
      expectations: {alpha: 2, beta: 2, delta: 1}
      requirements:
        - {id: tenure, time-at-level: {years: 1, rank: 1}}
        - {id: exp, experience: {years: 3}}
        - {id: sme, competencies: {count: 2, min: 3, group: core}}
      next: [three, lead]
    - id: three
      name: Three
      track: core
      rank: 3
      expectations: {alpha: 3, beta: 3, gamma: 2, delta: 2}
      requirements:
        - {id: review-req, check: review}
        - {id: kpi, metric: {id: resolution, min: 90}}
        - id: either
          any-of:
            - {id: inner-check, check: need}
            - {id: inner-sme, competencies: {count: 1, min: 4, of: [alpha, gamma]}}
    - id: lead
      name: Lead
      track: ic
      rank: 2
      expectations: {epsilon: 3}
      requirements:
        - id: both
          all-of:
            - {id: inner-kpi, metric: {id: handle-time, max: 4}}
            - competencies: {count: 3, min: 2}
            - check: review
`;

const STATUS_ORDER: Record<LevelStatus, number> = { 'not-yet': 0, incomplete: 1, eligible: 2 };

function ladderContext(): LadderContext {
  const { ws } = workspaceOf({ 'props.ladder.yaml': LADDER });
  assert.deepEqual(errors(ws.diagnostics(uri('props.ladder.yaml'))), []);
  return ws.ladderContext(uri('props.ladder.yaml'))!;
}

const CONTEXT = ladderContext();

/** An assessment as data; turned into YAML and read by the core like any file. */
interface AssessmentData {
  ratings: Partial<Record<(typeof COMPETENCIES)[number], number>>;
  checks: Partial<Record<(typeof CHECKS)[number], string | boolean>>;
  metrics: { resolution?: number; 'handle-time'?: number };
  experience?: number;
  level?: string;
  since?: string;
  history: { level: string; from: string; to: string }[];
  waivers: string[];
}

function assessmentText(data: AssessmentData): string {
  const document: Record<string, unknown> = { kind: 'SelfAssessment', ladder: 'props.ladder.yaml', date: '2026-11-01' };
  if (data.level !== undefined) document.level = data.level;
  if (data.since !== undefined) document.since = data.since;
  if (data.history.length > 0) document.history = data.history;
  if (data.experience !== undefined) document['experience-years'] = data.experience;
  document.ratings = data.ratings;
  document.checks = data.checks;
  document.metrics = data.metrics;
  if (data.waivers.length > 0) document.waivers = data.waivers.map((requirement) => ({ requirement }));
  return stringify(document);
}

function readAssessment(text: string): Assessment {
  const analyzed = analyzeFile(uri('a.assessment.yaml'), text);
  assert.equal(analyzed.model?.kind, 'SelfAssessment');
  return analyzed.model as Assessment;
}

function score(data: AssessmentData): LevelScore[] {
  return scoreAssessment(readAssessment(assessmentText(data)), CONTEXT, { today: NOW() }).levels;
}

const date = fc
  .date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2026-11-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const assessmentData: fc.Arbitrary<AssessmentData> = fc.record({
  ratings: fc.record(
    Object.fromEntries(COMPETENCIES.map((id) => [id, fc.constantFrom(...SCALE)])) as Record<
      (typeof COMPETENCIES)[number],
      fc.Arbitrary<number>
    >,
    { requiredKeys: [] },
  ),
  checks: fc.record(
    {
      review: fc.constantFrom('passed', 'failed', 'pending', true, false),
      need: fc.constantFrom('passed', 'failed', 'pending', true, false),
    },
    { requiredKeys: [] },
  ),
  metrics: fc.record(
    { resolution: fc.integer({ min: 0, max: 100 }), 'handle-time': fc.double({ min: 0, max: 10, noNaN: true }) },
    { requiredKeys: [] },
  ),
  experience: fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: undefined }),
  level: fc.option(fc.constantFrom('one', 'two', 'three', 'lead'), { nil: undefined }),
  since: fc.option(date, { nil: undefined }),
  history: fc.array(fc.record({ level: fc.constantFrom('one', 'two', 'three', 'lead'), from: date, to: date }), {
    maxLength: 3,
  }),
  waivers: fc.uniqueArray(fc.constantFrom(...REQUIREMENT_IDS), { maxLength: 3 }),
});

function assertNoWorse(before: LevelScore[], after: LevelScore[], what: string): void {
  assert.equal(after.length, before.length);
  before.forEach((level, i) => {
    const next = after[i]!;
    assert.ok(
      next.readiness >= level.readiness,
      `${what}: readiness of ${level.id} fell from ${level.readiness} to ${next.readiness}`,
    );
    assert.ok(
      STATUS_ORDER[next.status] >= STATUS_ORDER[level.status],
      `${what}: status of ${level.id} went from ${level.status} to ${next.status}`,
    );
  });
}

/** Declares the properties; `runs` turns a property's full run count into the count to run. */
export function describeScoringProperties(runs: (full: number) => number): void {
  describe('monotonicity', () => {
    it('raising a rating within the scale never lowers readiness nor worsens a status', () => {
      const withRaise = assessmentData
        .filter((data) =>
          Object.values(data.ratings).some((value) => value !== undefined && value < SCALE[SCALE.length - 1]!),
        )
        .chain((data) => {
          const raisable = COMPETENCIES.filter(
            (id) => data.ratings[id] !== undefined && data.ratings[id]! < SCALE[SCALE.length - 1]!,
          );
          return fc
            .tuple(fc.constant(data), fc.constantFrom(...raisable))
            .chain(([d, id]) =>
              fc.tuple(
                fc.constant(d),
                fc.constant(id),
                fc.integer({ min: d.ratings[id]! + 1, max: SCALE[SCALE.length - 1]! }),
              ),
            );
        });
      fc.assert(
        fc.property(withRaise, ([data, id, raised]) => {
          const before = score(data);
          const after = score({ ...data, ratings: { ...data.ratings, [id]: raised } });
          assertNoWorse(before, after, `raising ${id} from ${data.ratings[id]} to ${raised}`);
        }),
        { numRuns: runs(300) },
      );
    });

    it('adding a waiver never lowers readiness nor worsens a status', () => {
      const withWaiver = assessmentData
        .filter((data) => data.waivers.length < REQUIREMENT_IDS.length)
        .chain((data) =>
          fc.tuple(fc.constant(data), fc.constantFrom(...REQUIREMENT_IDS.filter((id) => !data.waivers.includes(id)))),
        );
      fc.assert(
        fc.property(withWaiver, ([data, id]) => {
          const before = score(data);
          const after = score({ ...data, waivers: [...data.waivers, id] });
          assertNoWorse(before, after, `waiving ${id}`);
        }),
        { numRuns: runs(300) },
      );
    });

    it('a waived requirement is reported as waived wherever it sits', () => {
      fc.assert(
        fc.property(assessmentData, fc.constantFrom(...REQUIREMENT_IDS), (data, id) => {
          const levels = score({ ...data, waivers: [...new Set([...data.waivers, id])] });
          const all: RequirementResult[] = [];
          const collect = (results: RequirementResult[]) =>
            results.forEach((r) => {
              all.push(r);
              if (r.children) collect(r.children);
            });
          levels.forEach((level) => collect(level.requirements));
          const found = all.filter((r) => r.id === id);
          assert.equal(found.length, 1);
          assert.equal(found[0]!.status, 'waived');
        }),
        { numRuns: runs(100) },
      );
    });
  });

  describe('agreement with spec section 5', () => {
    it('status and readiness follow from the expectations and top-level requirements', () => {
      fc.assert(
        fc.property(assessmentData, (data) => {
          for (const level of score(data)) {
            const gap =
              level.expectations.some((e) => e.status === 'gap') ||
              level.requirements.some((r) => r.status === 'unmet');
            const unknown =
              level.expectations.some((e) => e.status === 'unrated') ||
              level.requirements.some((r) => r.status === 'unknown');
            assert.equal(level.status, gap ? 'not-yet' : unknown ? 'incomplete' : 'eligible');
            const total = level.expectations.length + level.requirements.length;
            const satisfied =
              level.expectations.filter((e) => e.status === 'met').length +
              level.requirements.filter((r) => r.status === 'met' || r.status === 'waived').length;
            assert.equal(level.readiness, total === 0 ? 1 : satisfied / total);
            for (const e of level.expectations) {
              const rating = data.ratings[e.competency as (typeof COMPETENCIES)[number]];
              assert.equal(e.rated, rating ?? null);
              assert.equal(
                e.status,
                rating === undefined ? 'unrated' : rating >= (e.expected as number) ? 'met' : 'gap',
              );
            }
          }
        }),
        { numRuns: runs(200) },
      );
    });

    it('lists every level in file order', () => {
      fc.assert(
        fc.property(assessmentData, (data) => {
          assert.deepEqual(
            score(data).map((l) => l.id),
            ['one', 'two', 'three', 'lead'],
          );
        }),
        { numRuns: runs(20) },
      );
    });
  });

  describe('robustness', () => {
    const id = fc.oneof(
      fc.constantFrom(
        ...COMPETENCIES,
        ...CHECKS,
        ...REQUIREMENT_IDS,
        'one',
        'two',
        '__proto__',
        'constructor',
        'toString',
        'resolution',
      ),
      fc.string({ maxLength: 12 }),
    );
    const value = fc.oneof(
      fc.constantFrom(1, 2, 3, 4, 0, 5, -1, 2.5, 'I', '2', '', 'passed', 'pending', 'failed', true, false, null),
      fc.string({ maxLength: 8 }),
      fc.double(),
      fc.integer(),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.record(
        {
          rating: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.string({ maxLength: 3 })),
          evidence: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
    );
    const anyDate = fc.oneof(
      date,
      fc.constantFrom('2026-02-30', '2030-01-01', 'yesterday', '0000-00-00', ''),
      fc.integer(),
    );
    const randomAssessment = fc.record(
      {
        kind: fc.constantFrom('SelfAssessment', 'SelfAssessment', 'Ladder', 5),
        ladder: fc.constantFrom('props.ladder.yaml', 'props.ladder.yaml', 'missing.ladder.yaml', '../x.yaml', ''),
        person: fc.oneof(fc.string(), fc.integer()),
        date: anyDate,
        level: fc.oneof(id, value),
        since: anyDate,
        target: fc.oneof(id, value),
        'experience-years': value,
        history: fc.oneof(
          fc.array(fc.record({ level: id, from: anyDate, to: anyDate }, { requiredKeys: [] }), { maxLength: 3 }),
          value,
        ),
        ratings: fc.oneof(fc.dictionary(id, value, { maxKeys: 6 }), value),
        checks: fc.oneof(fc.dictionary(id, value, { maxKeys: 3 }), value),
        metrics: fc.oneof(fc.dictionary(id, value, { maxKeys: 3 }), value),
        waivers: fc.oneof(
          fc.array(fc.record({ requirement: fc.oneof(id, value), reason: value }, { requiredKeys: [] }), {
            maxLength: 3,
          }),
          value,
        ),
      },
      { requiredKeys: [] },
    );

    it('checking and scoring random assessments against a fixed ladder never throws', () => {
      const { ws } = workspaceOf({ 'props.ladder.yaml': LADDER });
      const assessmentUri = uri('a.assessment.yaml');
      fc.assert(
        fc.property(randomAssessment, (document) => {
          ws.setOpenDocument(assessmentUri, stringify(document));
          ws.diagnostics(assessmentUri);
          const outcome = ws.score(assessmentUri);
          for (const level of outcome.report?.levels ?? []) {
            assert.ok(level.readiness >= 0 && level.readiness <= 1, String(level.readiness));
            assert.ok(['eligible', 'incomplete', 'not-yet'].includes(level.status));
          }
        }),
        { numRuns: runs(300) },
      );
      assert.equal(({} as Record<string, unknown>).rating, undefined);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    it('analysing arbitrary text never throws', () => {
      const yamlish = fc.string({
        unit: fc.constantFrom(...'kind: Ladder\n- []{}&*!|>"\'#%@`,?-0123456789abc \t\r\u0000'.split('')),
        maxLength: 200,
      });
      fc.assert(
        fc.property(
          yamlish,
          fc.constantFrom('a.ladder.yaml', 'a.competencies.yaml', 'a.assessment.yaml', 'a.yaml'),
          (text, name) => {
            const { ws } = workspaceOf({ [name]: text, 'props.ladder.yaml': LADDER });
            ws.diagnostics(uri(name));
            ws.score(uri(name));
          },
        ),
        { numRuns: runs(300) },
      );
    });
  });
}
