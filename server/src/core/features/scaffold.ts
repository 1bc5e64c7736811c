import * as l10n from '@vscode/l10n';
import { Pair, Scalar, YAMLMap } from 'yaml';
import { allRequirements } from '../model/buildRequirement';
import type { Level } from '../model/types';
import { metricBound } from '../render/describeRequirement';
import { yearsText } from '../text/itemNouns';
import { commentLines, newYamlDocument, scalarNode, yamlDocumentText, yamlId } from '../text/yamlText';
import type { LadderContext } from '../workspace/ladderContext';

export function name(level: Level): string {
  return level.name ?? level.id;
}

/** `key: value  # comment`, the comment on the value. */
export function entry(key: Scalar, value: Scalar, comment?: string): Pair {
  if (comment) value.comment = commentLines(comment);
  return new Pair(key, value);
}

/** Lines `key:   # comment` with the comments aligned, for a commented-out example. */
function aligned(indent: string, rows: { key: string; comment: string }[]): string[] {
  const width = Math.max(0, ...rows.map((row) => row.key.length + 1));
  return rows.map((row) => `${indent}${`${row.key}:`.padEnd(width)}   # ${row.comment}`);
}

/** Groups "3 for Senior Engineer, 2 for Team Lead" by competency, in order of first mention. */
export function collect<T>(
  levels: readonly Level[],
  pick: (level: Level) => [string, T][],
): Map<string, { level: Level; value: T }[]> {
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
 * Written by the yaml library: ids and names from the ladder are quoted as YAML needs, comments are
 * single lines, and dates are quoted so that YAML 1.1 readers see strings too.
 */
export function scaffoldAssessment(
  context: LadderContext,
  ladderRef: string,
  levelId: string,
  person: string,
  today: string,
): string {
  const level = context.levels.get(levelId);
  const next = (level?.next ?? [])
    .map((ref) => context.levels.get(ref.value))
    .filter((l): l is Level => l !== undefined);
  const doc = newYamlDocument();
  const root = new YAMLMap();
  const date = scalarNode(today);
  date.type = Scalar.QUOTE_DOUBLE;
  root.items.push(
    new Pair(scalarNode('kind'), scalarNode('SelfAssessment')),
    new Pair(scalarNode('ladder'), scalarNode(ladderRef)),
    new Pair(scalarNode('person'), scalarNode(person)),
    new Pair(scalarNode('date'), date),
    new Pair(scalarNode('level'), scalarNode(levelId, { id: true })),
  );

  const notes = [
    `since: "YYYY-MM-DD"   # ${
      level
        ? l10n.t('the day you started as {0}; time-at-level requirements count from it', name(level))
        : l10n.t('the day you started at this level; time-at-level requirements count from it')
    }`,
  ];
  if (next[0])
    notes.push(
      `target: ${yamlId(next[0].id)}   # ${l10n.t('the level you are aiming for: {0}', next.map((l) => `${l.id} (${name(l)})`).join(', '))}`,
    );
  const requirements = next.map((l) => ({ level: l, all: allRequirements(l.requirements) }));
  const experience = requirements.flatMap(({ level: l, all }) =>
    all.flatMap((r) =>
      r.type === 'experience' && r.years ? [l10n.t('{0} for {1}', yearsText(r.years.value), name(l))] : [],
    ),
  );
  if (experience.length > 0) notes.push(`experience-years: 0   # ${l10n.t('needs {0}', experience.join(', '))}`);

  const expecting = next.length > 0 ? next : level ? [level] : [];
  const expected = collect(expecting, (l) =>
    l.expectations.flatMap((e) =>
      e.min && context.competencies.has(e.competency.value) ? [[e.competency.value, e.min.key]] : [],
    ),
  );
  const ratingIds = expected.size > 0 ? [...expected.keys()] : [...context.competencies.keys()];
  const scale = context.ladder.scale.map((s) => `${s.key}${s.name ? ` ${s.name}` : ''}`).join(', ');
  if (scale)
    notes.push(l10n.t('Rate each competency on the scale: {0}. Leave a value empty until you have rated it.', scale));
  const ratings = new YAMLMap();
  for (const id of ratingIds) {
    const by = expected.get(id);
    const comment = by
      ? l10n.t('expected {0}', by.map((e) => l10n.t('{0} for {1}', e.value, name(e.level))).join(', '))
      : (context.competencies.get(id)?.name ?? id);
    ratings.items.push(entry(scalarNode(id, { id: true }), scalarNode(null), comment));
  }
  const ratingsKey = scalarNode('ratings');
  ratingsKey.commentBefore = commentLines(...notes);
  root.items.push(new Pair(ratingsKey, ratings.items.length > 0 ? ratings : scalarNode(null)));

  const checks = collect(next, (l) =>
    allRequirements(l.requirements).flatMap((r) =>
      r.type === 'check' && r.check && context.checks.has(r.check.value) ? [[r.check.value, true]] : [],
    ),
  );
  if (checks.size > 0) {
    const map = new YAMLMap();
    for (const [id, by] of checks) {
      const required = l10n.t(
        '{0}: required by {1}',
        context.checks.get(id)?.name ?? id,
        [...new Set(by.map((e) => name(e.level)))].join(', '),
      );
      map.items.push(entry(scalarNode(id, { id: true }), scalarNode('pending'), required));
    }
    const checksKey = scalarNode('checks');
    checksKey.commentBefore = commentLines(l10n.t('passed, pending or failed:'));
    root.items.push(new Pair(checksKey, map));
  }

  const metrics = collect(next, (l) =>
    allRequirements(l.requirements).flatMap((r) =>
      r.type === 'metric' && r.metric && context.metrics.has(r.metric.value) ? [[r.metric.value, r]] : [],
    ),
  );
  if (metrics.size > 0) {
    const rows = [...metrics].map(([id, by]) => {
      const metric = context.metrics.get(id);
      const needs = by.map(({ level: l, value: r }) => {
        if (r.type !== 'metric') return '';
        const bounds = [
          r.min ? l10n.t('at least {0}', metricBound(metric, r.min.value)) : undefined,
          r.max ? l10n.t('at most {0}', metricBound(metric, r.max.value)) : undefined,
        ]
          .filter(Boolean)
          .join(` ${l10n.t('and')} `);
        return l10n.t('{0} for {1}', bounds, name(l));
      });
      return { key: yamlId(id), comment: `${metric?.name ?? id}: ${needs.join(', ')}` };
    });
    root.comment = commentLines(l10n.t('Your value for each metric (a number):'), 'metrics:', ...aligned('  ', rows));
  }
  doc.contents = root;
  return yamlDocumentText(doc);
}
