import { allRequirements } from '../model/buildRequirement';
import type { Level } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import { commentText, yamlScalar } from './scalarText';

function name(level: Level): string {
  return commentText(level.name ?? level.id);
}

function years(value: number): string {
  return `${value} ${value === 1 ? 'year' : 'years'}`;
}

/** Lines `key:   # comment` with the comments aligned. */
function aligned(indent: string, rows: { key: string; value?: string; comment?: string }[]): string[] {
  const width = Math.max(0, ...rows.map((row) => `${row.key}:${row.value ? ` ${row.value}` : ''}`.length));
  return rows.map((row) => {
    const head = `${row.key}:${row.value ? ` ${row.value}` : ''}`;
    return row.comment ? `${indent}${head.padEnd(width)}   # ${row.comment}` : `${indent}${head}`;
  });
}

/** Groups "3 for Senior Engineer, 2 for Team Lead" by competency, in order of first mention. */
function collect<T>(levels: readonly Level[], pick: (level: Level) => [string, T][]): Map<string, { level: Level; value: T }[]> {
  const result = new Map<string, { level: Level; value: T }[]>();
  for (const level of levels) {
    for (const [key, value] of pick(level)) result.set(key, [...(result.get(key) ?? []), { level, value }]);
  }
  return result;
}

/**
 * A new self-assessment for `person` at level `levelId`: every competency the next levels expect,
 * unrated (empty values the schema allows) with what each level expects in a comment; the checks the
 * next levels require as `pending`; metrics, experience, `since` and `target` as comments to fill in.
 */
export function scaffoldAssessment(context: LadderContext, ladderRef: string, levelId: string, person: string, today: string): string {
  const level = context.levels.get(levelId);
  const next = (level?.next ?? []).map((ref) => context.levels.get(ref.value)).filter((l): l is Level => l !== undefined);
  const lines = [
    'kind: SelfAssessment',
    `ladder: ${yamlScalar(ladderRef)}`,
    `person: ${yamlScalar(person)}`,
    `date: ${today}`,
    `level: ${yamlScalar(levelId)}`,
    `# since: YYYY-MM-DD   # the day you started${level ? ` as ${name(level)}` : ' at this level'}; time-at-level requirements count from it`,
  ];
  if (next[0]) lines.push(`# target: ${next[0].id}   # the level you are aiming for: ${next.map((l) => `${l.id} (${name(l)})`).join(', ')}`);

  const requirements = next.map((l) => ({ level: l, all: [...allRequirements(l.requirements)] }));
  const experience = requirements.flatMap(({ level: l, all }) => all.flatMap((r) => (r.type === 'experience' && r.years ? [`${years(r.years.value)} for ${name(l)}`] : [])));
  if (experience.length > 0) lines.push(`# experience-years: 0   # needs ${experience.join(', ')}`);

  const expecting = next.length > 0 ? next : level ? [level] : [];
  const expected = collect(expecting, (l) => l.expectations.flatMap((e) => (e.min && context.competencies.has(e.competency.value) ? [[e.competency.value, e.min.key]] : [])));
  const ratingIds = expected.size > 0 ? [...expected.keys()] : [...context.competencies.keys()];
  const scale = context.ladder.scale.map((s) => `${s.key}${s.name ? ` ${s.name}` : ''}`).join(', ');
  if (scale) lines.push(`# Rate each competency on the scale: ${commentText(scale)}. Leave a value empty until you have rated it.`);
  lines.push('ratings:');
  lines.push(...aligned('  ', ratingIds.map((id) => {
    const by = expected.get(id);
    return by ? { key: id, comment: `expected ${by.map((e) => `${e.value} for ${name(e.level)}`).join(', ')}` } : { key: id, comment: commentText(context.competencies.get(id)?.name ?? id) };
  })));

  const checks = collect(next, (l) => [...allRequirements(l.requirements)].flatMap((r) => (r.type === 'check' && r.check && context.checks.has(r.check.value) ? [[r.check.value, true]] : [])));
  if (checks.size > 0) {
    lines.push('# passed, pending or failed:', 'checks:');
    lines.push(...aligned('  ', [...checks].map(([id, by]) => ({
      key: id, value: 'pending', comment: `${commentText(context.checks.get(id)?.name ?? id)}: required by ${[...new Set(by.map((e) => name(e.level)))].join(', ')}`,
    }))));
  }

  const metrics = collect(next, (l) => [...allRequirements(l.requirements)].flatMap((r) => (r.type === 'metric' && r.metric && context.metrics.has(r.metric.value) ? [[r.metric.value, r]] : [])));
  if (metrics.size > 0) {
    lines.push('# Your value for each metric (a number):', '# metrics:');
    lines.push(...aligned('#   ', [...metrics].map(([id, by]) => {
      const metric = context.metrics.get(id);
      const unit = metric?.unit === 'percent' ? '%' : metric?.unit && metric.unit !== 'count' && metric.unit !== 'score' && metric.unit !== 'ratio' ? ` ${metric.unit}` : '';
      const needs = by.map(({ level: l, value: r }) => {
        if (r.type !== 'metric') return '';
        const bounds = [r.min ? `at least ${r.min.value}${unit}` : undefined, r.max ? `at most ${r.max.value}${unit}` : undefined].filter(Boolean).join(' and ');
        return `${bounds} for ${name(l)}`;
      });
      return { key: id, comment: `${commentText(metric?.name ?? id)}: ${needs.join(', ')}` };
    })));
  }
  return `${lines.join('\n')}\n`;
}
