import * as l10n from '@vscode/l10n';
import type { Check, Competency, Level, Metric, Ref, Requirement, ScaleEntry, Track } from '../model/types';
import { describeRequirement, metricBound } from '../render/describeRequirement';
import { code, escapeMarkdown, inline, MARKDOWN_WORDING } from '../render/markdownText';
import { descriptorOf, expectationOf, levelsOfRank, levelsOnTrack, levelsRequiring } from '../workspace/contextIndex';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import { displayName } from '../workspace/paths';
import { formatNumber } from '../text/numbers';

/** `**Name** \`id\``, or just the id when there is no name. */
export function title(id: string | number, name: string | undefined): string {
  return name ? `**${inline(name)}** ${code(String(id))}` : `**${code(String(id))}**`;
}

function paragraphs(parts: (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n\n');
}

export function levelName(context: LadderContext | undefined, id: string): string {
  return (context && context.levels.get(currentId(context, 'level', id))?.name) ?? id;
}

/** `Formerly: \`old-id\`` for an item renamed with `formerly`, else undefined. */
export function formerlyLine(item: { formerly?: readonly Ref[] }): string | undefined {
  return item.formerly && item.formerly.length > 0
    ? l10n.t('Formerly: {0}', item.formerly.map((ref) => code(ref.value)).join(', '))
    : undefined;
}

function scaleLabel(context: LadderContext, key: string): string {
  const entry = context.scale.get(key)?.entry;
  return entry?.name ? `${key} ${entry.name}` : key;
}

/** A requirement and its children as a markdown list. */
export function requirementList(requirement: Requirement, context: LadderContext | undefined, depth = 0): string[] {
  const id = requirement.id ? `${code(requirement.id.value)}: ` : '';
  const lines = [`${'  '.repeat(depth)}- ${id}${describeRequirement(requirement, context, MARKDOWN_WORDING)}`];
  if (requirement.type === 'any-of' || requirement.type === 'all-of') {
    for (const child of requirement.children) lines.push(...requirementList(child, context, depth + 1));
  }
  return lines;
}

export function requirementMarkdown(
  requirement: Requirement,
  level: Level | undefined,
  context: LadderContext | undefined,
): string {
  const id = requirement.id ? code(requirement.id.value) : '';
  const heading = level
    ? l10n.t('**Requirement** {0} of {1}', id, inline(level.name ?? level.id))
    : l10n.t('**Requirement** {0}', id);
  return paragraphs([
    heading,
    formerlyLine(requirement),
    requirement.description && escapeMarkdown(requirement.description),
    requirementList(requirement, context).join('\n'),
  ]);
}

/** `Expected: 3 by Senior Engineer, 2 by Team Lead` over the given levels, or undefined when none expects it. */
export function expectedBy(competencyId: string, levels: readonly Level[]): string | undefined {
  const parts = levels.flatMap((level) => {
    const expectation = expectationOf(level, competencyId);
    return expectation?.min ? [l10n.t('{0} by {1}', inline(expectation.min.key), inline(level.name ?? level.id))] : [];
  });
  return parts.length === 0 ? undefined : parts.join(', ');
}

export interface CompetencyHoverOptions {
  /** The scale id at hand (a rating or an expectation): its descriptor is shown. */
  scaleKey?: string;
  /** Levels whose expectations of the competency are listed. */
  levels?: readonly Level[];
  /** How the levels are introduced: `Next levels expect` or (the default) `Expected`. */
  levelsLabel?: 'next' | 'all';
  fromUri?: string;
}

export function competencyMarkdown(
  competency: Competency,
  context: LadderContext | undefined,
  options: CompetencyHoverOptions = {},
): string {
  const meta = [
    competency.group ? l10n.t('group {0}', code(competency.group.value)) : undefined,
    options.fromUri && competency.uri !== options.fromUri
      ? l10n.t('defined in {0}', inline(displayName(competency.uri, options.fromUri)))
      : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  let rating: string | undefined;
  let descriptors: string | undefined;
  if (options.scaleKey !== undefined) {
    const descriptor = competency.descriptors.find((d) => d.key === options.scaleKey);
    const label = context ? scaleLabel(context, options.scaleKey) : options.scaleKey;
    const scaleDescription = context?.scale.get(options.scaleKey)?.entry.description;
    rating = [
      `**${inline(label)}**: ${descriptor ? escapeMarkdown(descriptor.text) : l10n.t('(no descriptor for this rating)')}`,
      scaleDescription && l10n.t('On the scale: {0}', escapeMarkdown(scaleDescription)),
    ]
      .filter(Boolean)
      .join('\n\n');
  } else if (competency.descriptors.length > 0) {
    descriptors = competency.descriptors
      .map((d) => `- **${inline(context ? scaleLabel(context, d.key) : d.key)}**: ${inline(d.text)}`)
      .join('\n');
  }
  const expected = options.levels ? expectedBy(competency.id, options.levels) : undefined;
  return paragraphs([
    title(competency.id, competency.name),
    formerlyLine(competency),
    meta,
    competency.description && escapeMarkdown(competency.description),
    rating,
    descriptors,
    expected &&
      (options.levelsLabel === 'next'
        ? l10n.t('Next levels expect: {0}', expected)
        : l10n.t('Expected: {0}', expected)),
  ]);
}

export function scaleMarkdown(entry: ScaleEntry, context: LadderContext, competency?: Competency): string {
  const position = context.scale.get(entry.key)?.position;
  const descriptor = competency && descriptorOf(competency, entry.key);
  return paragraphs([
    `**${inline(entry.key)}${entry.name ? ` — ${inline(entry.name)}` : ''}**${position !== undefined ? ` ${l10n.t('(step {0} of {1})', formatNumber(position + 1), formatNumber(context.ladder.scale.length))}` : ''}`,
    entry.description && escapeMarkdown(entry.description),
    competency &&
      l10n.t(
        '{0} at {1}: {2}',
        title(competency.id, competency.name),
        inline(entry.key),
        descriptor ? escapeMarkdown(descriptor.text) : l10n.t('(no descriptor)'),
      ),
  ]);
}

export function levelMarkdown(level: Level, context: LadderContext): string {
  const track = level.track ? context.tracks.get(currentId(context, 'track', level.track.value)) : undefined;
  const where = [
    level.track ? `${track?.name ? `${inline(track.name)} ` : ''}(${code(level.track.value)})` : undefined,
    level.rank ? l10n.t('rank {0}', level.rank.value) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const expectations =
    level.expectations.length === 1
      ? l10n.t('1 expectation')
      : l10n.t('{0} expectations', formatNumber(level.expectations.length));
  const requirements =
    level.requirements.length === 1
      ? l10n.t('1 requirement')
      : l10n.t('{0} requirements', formatNumber(level.requirements.length));
  const counts = `${expectations} · ${requirements}`;
  const next =
    level.next.length > 0
      ? l10n.t(
          'Next: {0}',
          level.next.map((ref) => `${inline(levelName(context, ref.value))} (${code(ref.value)})`).join(', '),
        )
      : l10n.t('Next: none (top of its path)');
  return paragraphs([
    title(level.id, level.name),
    formerlyLine(level),
    where,
    level.summary && escapeMarkdown(level.summary),
    counts,
    next,
  ]);
}

export function trackMarkdown(track: Track, context: LadderContext): string {
  const levels = [...levelsOnTrack(context, track.id)];
  levels.sort((a, b) => (a.rank?.value ?? 0) - (b.rank?.value ?? 0));
  const list =
    levels.length > 0
      ? l10n.t(
          'Levels: {0}',
          levels
            .map((l) => `${inline(l.name ?? l.id)}${l.rank ? ` (${l10n.t('rank {0}', l.rank.value)})` : ''}`)
            .join(', '),
        )
      : l10n.t('No levels on this track yet.');
  return paragraphs([
    l10n.t('{0} · track', title(track.id, track.name)),
    formerlyLine(track),
    track.description && escapeMarkdown(track.description),
    list,
  ]);
}

/** Where a link to a level leads (a URI with a `#L<line>,<column>` fragment), or undefined for no link. */
export type LevelLink = (level: Level) => string | undefined;

/** The levels requiring a check or metric, by name, each a link to its `id` when `link` gives one. */
function namesOfLevelsRequiring(
  context: LadderContext,
  type: 'check' | 'metric',
  id: string,
  link: LevelLink | undefined,
): string[] {
  return levelsRequiring(context, type, id).map((level) => {
    const name = inline(level.name ?? level.id);
    const target = link?.(level);
    return target
      ? `[${name}](${target.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`
      : name;
  });
}

export function metricMarkdown(metric: Metric, context: LadderContext, link?: LevelLink): string {
  const facts = [
    metric.unit ? l10n.t('unit: {0}', metric.unit) : undefined,
    metric.better === 'higher'
      ? l10n.t('higher is better')
      : metric.better === 'lower'
        ? l10n.t('lower is better')
        : undefined,
    metric.target !== undefined ? l10n.t('target: {0}', metricBound(metric, metric.target)) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const users = namesOfLevelsRequiring(context, 'metric', metric.id, link);
  return paragraphs([
    l10n.t('{0} · metric', title(metric.id, metric.name)),
    formerlyLine(metric),
    facts,
    metric.description && escapeMarkdown(metric.description),
    users.length > 0 && l10n.t('Required by: {0}', users.join(', ')),
  ]);
}

export function checkMarkdown(check: Check, context: LadderContext, link?: LevelLink): string {
  const users = namesOfLevelsRequiring(context, 'check', check.id, link);
  return paragraphs([
    l10n.t('{0} · check', title(check.id, check.name)),
    formerlyLine(check),
    check.description && escapeMarkdown(check.description),
    users.length > 0 && l10n.t('Required by: {0}', users.join(', ')),
  ]);
}

export function groupMarkdown(group: string, competencies: readonly Competency[]): string {
  const members = competencies.filter((c) => c.group?.value === group);
  return paragraphs([
    l10n.t('**{0}** · competency group', code(group)),
    members.length > 0
      ? members.map((c) => `- ${code(c.id)}${c.name ? ` ${inline(c.name)}` : ''}`).join('\n')
      : l10n.t('No competency is in this group.'),
  ]);
}

export function rankMarkdown(rank: number, context: LadderContext): string {
  const levels = levelsOfRank(context, rank);
  return paragraphs([
    l10n.t('**Rank {0}**', rank),
    levels.length > 0
      ? l10n.t('Levels: {0}', levels.map((l) => `${inline(l.name ?? l.id)} (${code(l.id)})`).join(', '))
      : l10n.t('No level has this rank.'),
  ]);
}

/** The statuses a check can be recorded with. */
export const CHECK_STATUSES = ['passed', 'pending', 'failed'] as const;

/** What a check status means, in the user's language. */
export function checkStatusMeaning(status: string): string | undefined {
  switch (status) {
    case 'passed':
      return l10n.t('The check holds: requirements naming it are met.');
    case 'pending':
      return l10n.t('Not decided yet: requirements naming it are unknown.');
    case 'failed':
      return l10n.t('The check does not hold: requirements naming it are unmet.');
    default:
      return undefined;
  }
}
