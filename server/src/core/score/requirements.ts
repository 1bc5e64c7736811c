import * as l10n from '@vscode/l10n';
import type { Assessment, CheckEntry, MetricValue, Requirement } from '../model/types';
import { metricBound } from '../render/describeRequirement';
import { fill } from '../text/fill';
import { formatNumber } from '../text/numbers';
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
  evaluated.detail = waived ? fill(l10n.t('waived ({0})'), result.detail) : result.detail;
  if (result.children) evaluated.children = result.children;
  return evaluated as RequirementResult;
}

type Evaluation = { status: RequirementStatus; detail: string; children?: RequirementResult[] };

function evaluateUnwaived(requirement: Requirement, input: EvaluationInput): Evaluation {
  const { assessment, context } = input;
  switch (requirement.type) {
    case 'time-at-level': {
      const years = requirement.years?.value;
      if (years === undefined) return { status: 'unknown', detail: l10n.t('no number of years given') };
      let detail: string;
      let tenure;
      if (requirement.level) {
        const id = currentId(context, 'level', requirement.level.value);
        tenure = tenureOf(input, `level:${id}`, () =>
          yearsAt(assessment, context, input.asOfDay, (_, levelId) => levelId === id),
        );
        const name = context.levels.get(id)?.name ?? id;
        detail = fill(l10n.t('{0} at {1} (needs {2})'), formatYears(tenure.years, years), name, formatNumber(years));
      } else if (requirement.rank) {
        const rank = requirement.rank.value;
        tenure = tenureOf(input, `rank:${rank}`, () =>
          yearsAt(assessment, context, input.asOfDay, (level) => level?.rank?.value === rank),
        );
        detail = fill(
          l10n.t('{0} at rank {1} (needs {2})'),
          formatYears(tenure.years, years),
          String(rank),
          formatNumber(years),
        );
      } else {
        return { status: 'unknown', detail: l10n.t('no rank or level given') };
      }
      if (tenure.years >= years) return { status: 'met', detail };
      return {
        status: tenure.complete ? 'unmet' : 'unknown',
        detail: tenure.complete ? detail : fill(l10n.t('{0}; a start date is missing'), detail),
      };
    }
    case 'experience': {
      const years = requirement.years?.value;
      const have = assessment.experienceYears?.value;
      if (years === undefined) return { status: 'unknown', detail: l10n.t('no number of years given') };
      if (have === undefined)
        return {
          status: 'unknown',
          detail: fill(l10n.t('experience-years not given (needs {0})'), formatNumber(years)),
        };
      return {
        status: have >= years ? 'met' : 'unmet',
        detail: fill(l10n.t('{0} of experience (needs {1})'), formatYears(have, years), formatNumber(years)),
      };
    }
    case 'competencies':
      return evaluateCompetencyCount(requirement, input);
    case 'check': {
      if (requirement.check === undefined) return { status: 'unknown', detail: l10n.t('no check named') };
      const id = currentId(context, 'check', requirement.check.value);
      const name = context.checks.get(id)?.name ?? id;
      const entry = recordedFacts(assessment, context).checks.get(id);
      if (!entry || entry.status === undefined)
        return { status: 'unknown', detail: fill(l10n.t('{0}: not recorded'), name) };
      if (entry.status === 'passed') return { status: 'met', detail: fill(l10n.t('{0}: passed'), name) };
      if (entry.status === 'failed') return { status: 'unmet', detail: fill(l10n.t('{0}: failed'), name) };
      return { status: 'unknown', detail: fill(l10n.t('{0}: pending'), name) };
    }
    case 'metric': {
      if (requirement.metric === undefined) return { status: 'unknown', detail: l10n.t('no metric named') };
      const id = currentId(context, 'metric', requirement.metric.value);
      const metric = context.metrics.get(id);
      const name = metric?.name ?? id;
      const bounds = [
        requirement.min !== undefined
          ? fill(l10n.t('at least {0}'), metricBound(metric, requirement.min.value))
          : undefined,
        requirement.max !== undefined
          ? fill(l10n.t('at most {0}'), metricBound(metric, requirement.max.value))
          : undefined,
      ]
        .filter(Boolean)
        .join(` ${l10n.t('and')} `);
      const value = recordedFacts(assessment, context).metrics.get(id)?.value;
      if (value === undefined)
        return { status: 'unknown', detail: fill(l10n.t('{0}: no value (needs {1})'), name, bounds) };
      const ok =
        (requirement.min === undefined || value >= requirement.min.value) &&
        (requirement.max === undefined || value <= requirement.max.value);
      return {
        status: ok ? 'met' : 'unmet',
        detail: fill(l10n.t('{0}: {1} (needs {2})'), name, metricBound(metric, value), bounds),
      };
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
          ? fill(
              l10n.t('{0} of {1} options satisfied (needs 1)'),
              formatNumber(satisfied),
              formatNumber(children.length),
            )
          : fill(l10n.t('{0} of {1} satisfied (needs all)'), formatNumber(satisfied), formatNumber(children.length));
      return { status, detail, children };
    }
    default:
      return {
        status: 'unknown',
        detail: l10n.t('this requirement has no single type, so it cannot be evaluated'),
      };
  }
}

function evaluateCompetencyCount(
  requirement: Extract<Requirement, { type: 'competencies' }>,
  input: EvaluationInput,
): Evaluation {
  const { context } = input;
  const needed = requirement.count?.value;
  const min = requirement.min && context.scale.get(requirement.min.key);
  if (needed === undefined || !min) return { status: 'unknown', detail: l10n.t('count or min missing') };
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
  const from = requirement.group
    ? ` ${fill(l10n.t('in {0}'), requirement.group.value)}`
    : requirement.of
      ? ` ${fill(l10n.t('of {0}'), pool.join(', '))}`
      : '';
  const detail = fill(
    l10n.t('{0} rated {1} or higher{2} (needs {3})'),
    formatNumber(atOrAbove),
    String(min.entry.id),
    from,
    formatNumber(needed),
  );
  if (atOrAbove >= needed) return { status: 'met', detail };
  if (atOrAbove + unrated >= needed)
    return { status: 'unknown', detail: fill(l10n.t('{0}; {1} not rated yet'), detail, formatNumber(unrated)) };
  return { status: 'unmet', detail };
}
