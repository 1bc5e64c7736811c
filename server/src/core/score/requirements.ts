import type { Assessment, CheckEntry, MetricValue, Requirement } from '../model/types';
import { competenciesInGroup } from '../workspace/contextIndex';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import { formatYears, yearsAt, type Tenure } from './timeAtLevel';
import type { RequirementResult, RequirementStatus } from './types';

/** What a requirement is evaluated against: the assessment, its ladder, the as-of day and the waived ids. */
export interface EvaluationInput {
  assessment: Assessment;
  context: LadderContext;
  asOfDay: number;
  waived: ReadonlySet<string>;
  ratingPositions: ReadonlyMap<string, number>;
}

interface RecordedFacts {
  checks: Map<string, CheckEntry>;
  metrics: Map<string, MetricValue>;
}

/**
 * The first entry of each check and metric by its current id (an entry may name a former one), made once
 * per assessment and ladder: ladder impact scores one assessment against two versions of its ladder.
 */
const recorded = new WeakMap<Assessment, WeakMap<LadderContext, RecordedFacts>>();

function recordedFacts(assessment: Assessment, context: LadderContext): RecordedFacts {
  let byContext = recorded.get(assessment);
  if (!byContext) recorded.set(assessment, (byContext = new WeakMap()));
  let facts = byContext.get(context);
  if (!facts) {
    facts = { checks: new Map(), metrics: new Map() };
    for (const check of assessment.checks) {
      const id = currentId(context, 'check', check.id.value);
      if (!facts.checks.has(id)) facts.checks.set(id, check);
    }
    for (const metric of assessment.metrics) {
      const id = currentId(context, 'metric', metric.id.value);
      if (!facts.metrics.has(id)) facts.metrics.set(id, metric);
    }
    byContext.set(context, facts);
  }
  return facts;
}

/** Time at a level or rank, summed over the history once per scoring and kept for the other requirements asking for it. */
const tenures = new WeakMap<EvaluationInput, Map<string, Tenure>>();

function tenureOf(input: EvaluationInput, key: string, compute: () => Tenure): Tenure {
  let known = tenures.get(input);
  if (!known) tenures.set(input, (known = new Map()));
  let tenure = known.get(key);
  if (!tenure) known.set(key, (tenure = compute()));
  return tenure;
}

export function evaluateRequirement(requirement: Requirement, input: EvaluationInput): RequirementResult {
  const result = evaluateUnwaived(requirement, input);
  // Built key by key (id, type, description, status, detail, children: the JSON order), without
  // spreading: a report evaluates every requirement of every level.
  const evaluated: Partial<RequirementResult> = {};
  if (requirement.id) evaluated.id = requirement.id.value;
  evaluated.type = requirement.type ?? 'invalid';
  if (requirement.description !== undefined) evaluated.description = requirement.description;
  const waived = requirement.id !== undefined && input.waived.has(requirement.id.value);
  evaluated.status = waived ? 'waived' : result.status;
  evaluated.detail = waived ? `waived (${result.detail})` : result.detail;
  if (result.children) evaluated.children = result.children;
  return evaluated as RequirementResult;
}

type Evaluation = { status: RequirementStatus; detail: string; children?: RequirementResult[] };

function evaluateUnwaived(requirement: Requirement, input: EvaluationInput): Evaluation {
  const { assessment, context } = input;
  switch (requirement.type) {
    case 'time-at-level': {
      const years = requirement.years?.value;
      if (years === undefined) return { status: 'unknown', detail: 'no number of years given' };
      let label: string;
      let tenure;
      if (requirement.level) {
        const id = currentId(context, 'level', requirement.level.value);
        label = `at ${context.levels.get(id)?.name ?? id}`;
        tenure = tenureOf(input, `level:${id}`, () =>
          yearsAt(assessment, context, input.asOfDay, (_, levelId) => levelId === id),
        );
      } else if (requirement.rank) {
        const rank = requirement.rank.value;
        label = `at rank ${rank}`;
        tenure = tenureOf(input, `rank:${rank}`, () =>
          yearsAt(assessment, context, input.asOfDay, (level) => level?.rank?.value === rank),
        );
      } else {
        return { status: 'unknown', detail: 'no rank or level given' };
      }
      const detail = `${formatYears(tenure.years, years)} ${label} (needs ${years})`;
      if (tenure.years >= years) return { status: 'met', detail };
      return {
        status: tenure.complete ? 'unmet' : 'unknown',
        detail: tenure.complete ? detail : `${detail}; a start date is missing`,
      };
    }
    case 'experience': {
      const years = requirement.years?.value;
      const have = assessment.experienceYears?.value;
      if (years === undefined) return { status: 'unknown', detail: 'no number of years given' };
      if (have === undefined) return { status: 'unknown', detail: `experience-years not given (needs ${years})` };
      return {
        status: have >= years ? 'met' : 'unmet',
        detail: `${formatYears(have, years)} of experience (needs ${years})`,
      };
    }
    case 'competencies':
      return evaluateCompetencyCount(requirement, input);
    case 'check': {
      if (requirement.check === undefined) return { status: 'unknown', detail: 'no check named' };
      const id = currentId(context, 'check', requirement.check.value);
      const name = context.checks.get(id)?.name ?? id;
      const entry = recordedFacts(assessment, context).checks.get(id);
      if (!entry || entry.status === undefined) return { status: 'unknown', detail: `${name}: not recorded` };
      if (entry.status === 'passed') return { status: 'met', detail: `${name}: passed` };
      if (entry.status === 'failed') return { status: 'unmet', detail: `${name}: failed` };
      return { status: 'unknown', detail: `${name}: pending` };
    }
    case 'metric': {
      if (requirement.metric === undefined) return { status: 'unknown', detail: 'no metric named' };
      const id = currentId(context, 'metric', requirement.metric.value);
      const metric = context.metrics.get(id);
      const name = metric?.name ?? id;
      const suffix =
        metric?.unit === 'percent'
          ? '%'
          : metric?.unit === 'minutes' || metric?.unit === 'hours' || metric?.unit === 'days'
            ? ` ${metric.unit}`
            : '';
      const bounds = [
        requirement.min !== undefined ? `at least ${requirement.min.value}${suffix}` : undefined,
        requirement.max !== undefined ? `at most ${requirement.max.value}${suffix}` : undefined,
      ]
        .filter(Boolean)
        .join(' and ');
      const value = recordedFacts(assessment, context).metrics.get(id)?.value;
      if (value === undefined) return { status: 'unknown', detail: `${name}: no value (needs ${bounds})` };
      const ok =
        (requirement.min === undefined || value >= requirement.min.value) &&
        (requirement.max === undefined || value <= requirement.max.value);
      return { status: ok ? 'met' : 'unmet', detail: `${name}: ${value}${suffix} (needs ${bounds})` };
    }
    case 'any-of':
    case 'all-of': {
      const children = requirement.children.map((child) => evaluateRequirement(child, input));
      const satisfied = children.filter((c) => c.status === 'met' || c.status === 'waived').length;
      const unmet = children.filter((c) => c.status === 'unmet').length;
      let status: RequirementStatus;
      if (requirement.type === 'any-of')
        status = satisfied > 0 ? 'met' : unmet === children.length ? 'unmet' : 'unknown';
      else status = unmet > 0 ? 'unmet' : satisfied === children.length ? 'met' : 'unknown';
      const detail =
        requirement.type === 'any-of'
          ? `${satisfied} of ${children.length} options satisfied (needs 1)`
          : `${satisfied} of ${children.length} satisfied (needs all)`;
      return { status, detail, children };
    }
    default:
      return { status: 'unknown', detail: 'this requirement has no single type, so it cannot be evaluated' };
  }
}

function evaluateCompetencyCount(
  requirement: Extract<Requirement, { type: 'competencies' }>,
  input: EvaluationInput,
): Evaluation {
  const { context } = input;
  const needed = requirement.count?.value;
  const min = requirement.min && context.scale.get(requirement.min.key);
  if (needed === undefined || !min) return { status: 'unknown', detail: 'count or min missing' };
  const pool = requirement.of
    ? requirement.of.map((ref) => currentId(context, 'competency', ref.value))
    : requirement.group
      ? competenciesInGroup(context, requirement.group.value).map((c) => c.id)
      : [...context.competencies.keys()];
  let atOrAbove = 0;
  let unrated = 0;
  for (const id of new Set(pool)) {
    const position = input.ratingPositions.get(id);
    if (position === undefined) unrated++;
    else if (position >= min.position) atOrAbove++;
  }
  const from = requirement.group ? ` in ${requirement.group.value}` : requirement.of ? ` of ${pool.join(', ')}` : '';
  const detail = `${atOrAbove} rated ${String(min.entry.id)} or higher${from} (needs ${needed})`;
  if (atOrAbove >= needed) return { status: 'met', detail };
  if (atOrAbove + unrated >= needed) return { status: 'unknown', detail: `${detail}; ${unrated} not rated yet` };
  return { status: 'unmet', detail };
}
