import type { Check, Competency, Level, Metric, Ref, Requirement, ScaleEntry, Track } from '../model/types';
import { describeRequirement, metricBound } from '../render/describeRequirement';
import { code, escapeMarkdown, inline, MARKDOWN_WORDING } from '../render/markdownText';
import { descriptorOf, expectationOf, levelsOfRank, levelsOnTrack, levelsRequiring } from '../workspace/contextIndex';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import { displayName } from '../workspace/paths';

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
    ? `Formerly: ${item.formerly.map((ref) => code(ref.value)).join(', ')}`
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
  const heading = `**Requirement** ${requirement.id ? code(requirement.id.value) : ''}${level ? ` of ${inline(level.name ?? level.id)}` : ''}`;
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
    return expectation?.min ? [`${inline(expectation.min.key)} by ${inline(level.name ?? level.id)}`] : [];
  });
  return parts.length === 0 ? undefined : parts.join(', ');
}

export interface CompetencyHoverOptions {
  /** The scale id at hand (a rating or an expectation): its descriptor is shown. */
  scaleKey?: string;
  /** Levels whose expectations of the competency are listed. */
  levels?: readonly Level[];
  /** How the levels are introduced: `Next levels expect` or `Expected`. */
  levelsLabel?: string;
  fromUri?: string;
}

export function competencyMarkdown(
  competency: Competency,
  context: LadderContext | undefined,
  options: CompetencyHoverOptions = {},
): string {
  const meta = [
    competency.group ? `group ${code(competency.group.value)}` : undefined,
    options.fromUri && competency.uri !== options.fromUri
      ? `defined in ${inline(displayName(competency.uri, options.fromUri))}`
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
      `**${inline(label)}**: ${descriptor ? escapeMarkdown(descriptor.text) : '(no descriptor for this rating)'}`,
      scaleDescription && `On the scale: ${escapeMarkdown(scaleDescription)}`,
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
    expected && `${options.levelsLabel ?? 'Expected'}: ${expected}`,
  ]);
}

export function scaleMarkdown(entry: ScaleEntry, context: LadderContext, competency?: Competency): string {
  const position = context.scale.get(entry.key)?.position;
  const descriptor = competency && descriptorOf(competency, entry.key);
  return paragraphs([
    `**${inline(entry.key)}${entry.name ? ` — ${inline(entry.name)}` : ''}**${position !== undefined ? ` (step ${position + 1} of ${context.ladder.scale.length})` : ''}`,
    entry.description && escapeMarkdown(entry.description),
    competency &&
      `${title(competency.id, competency.name)} at ${inline(entry.key)}: ${descriptor ? escapeMarkdown(descriptor.text) : '(no descriptor)'}`,
  ]);
}

export function levelMarkdown(level: Level, context: LadderContext): string {
  const track = level.track ? context.tracks.get(currentId(context, 'track', level.track.value)) : undefined;
  const where = [
    level.track ? `${track?.name ? `${inline(track.name)} ` : ''}(${code(level.track.value)})` : undefined,
    level.rank ? `rank ${level.rank.value}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const counts = `${level.expectations.length} ${level.expectations.length === 1 ? 'expectation' : 'expectations'} · ${level.requirements.length} ${level.requirements.length === 1 ? 'requirement' : 'requirements'}`;
  const next =
    level.next.length > 0
      ? `Next: ${level.next.map((ref) => `${inline(levelName(context, ref.value))} (${code(ref.value)})`).join(', ')}`
      : 'Next: none (top of its path)';
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
      ? `Levels: ${levels.map((l) => `${inline(l.name ?? l.id)}${l.rank ? ` (rank ${l.rank.value})` : ''}`).join(', ')}`
      : 'No levels on this track yet.';
  return paragraphs([
    `${title(track.id, track.name)} · track`,
    formerlyLine(track),
    track.description && escapeMarkdown(track.description),
    list,
  ]);
}

function namesOfLevelsRequiring(context: LadderContext, type: 'check' | 'metric', id: string): string[] {
  return levelsRequiring(context, type, id).map((level) => inline(level.name ?? level.id));
}

export function metricMarkdown(metric: Metric, context: LadderContext): string {
  const facts = [
    metric.unit ? `unit: ${metric.unit}` : undefined,
    metric.better ? `${metric.better} is better` : undefined,
    metric.target !== undefined ? `target: ${metricBound(metric, metric.target)}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const users = namesOfLevelsRequiring(context, 'metric', metric.id);
  return paragraphs([
    `${title(metric.id, metric.name)} · metric`,
    formerlyLine(metric),
    facts,
    metric.description && escapeMarkdown(metric.description),
    users.length > 0 && `Required by: ${users.join(', ')}`,
  ]);
}

export function checkMarkdown(check: Check, context: LadderContext): string {
  const users = namesOfLevelsRequiring(context, 'check', check.id);
  return paragraphs([
    `${title(check.id, check.name)} · check`,
    formerlyLine(check),
    check.description && escapeMarkdown(check.description),
    users.length > 0 && `Required by: ${users.join(', ')}`,
  ]);
}

export function groupMarkdown(group: string, competencies: readonly Competency[]): string {
  const members = competencies.filter((c) => c.group?.value === group);
  return paragraphs([
    `**${code(group)}** · competency group`,
    members.length > 0
      ? members.map((c) => `- ${code(c.id)}${c.name ? ` ${inline(c.name)}` : ''}`).join('\n')
      : 'No competency is in this group.',
  ]);
}

export function rankMarkdown(rank: number, context: LadderContext): string {
  const levels = levelsOfRank(context, rank);
  return paragraphs([
    `**Rank ${rank}**`,
    levels.length > 0
      ? `Levels: ${levels.map((l) => `${inline(l.name ?? l.id)} (${code(l.id)})`).join(', ')}`
      : 'No level has this rank.',
  ]);
}

export const CHECK_STATUSES: ReadonlyArray<{ status: string; meaning: string }> = [
  { status: 'passed', meaning: 'The check holds: requirements naming it are met.' },
  { status: 'pending', meaning: 'Not decided yet: requirements naming it are unknown.' },
  { status: 'failed', meaning: 'The check does not hold: requirements naming it are unmet.' },
];
