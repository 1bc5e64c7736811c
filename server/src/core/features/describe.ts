import { allRequirements } from '../model/buildRequirement';
import type { Check, Competency, Level, Metric, Ref, Requirement, ScaleEntry, Track } from '../model/types';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import { displayName } from '../workspace/paths';

/** Escapes text from a file so markdown shows it as written. */
export function md(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .split(/\r?\n/)
    .map((line) => line.replace(/^(\s*)(#|>|[-+=]|\d+[.)])/, '$1\\$2'))
    .join('\n');
}

function code(id: string | number): string {
  return `\`${String(id).replace(/`/g, "'")}\``;
}

/** `**Name** \`id\``, or just the id when there is no name. */
export function title(id: string | number, name: string | undefined): string {
  return name ? `**${md(name)}** ${code(id)}` : `**${code(id)}**`;
}

function paragraphs(parts: (string | undefined | false)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join('\n\n');
}

export function levelName(context: LadderContext | undefined, id: string): string {
  return (context && context.levels.get(currentId(context, 'level', id))?.name) ?? id;
}

/** `Formerly: \`old-id\`` for an item renamed with `formerly`, else undefined. */
export function formerlyLine(item: { formerly?: readonly Ref[] }): string | undefined {
  return item.formerly && item.formerly.length > 0 ? `Formerly: ${item.formerly.map((ref) => code(ref.value)).join(', ')}` : undefined;
}

function years(value: number): string {
  return `${value} ${value === 1 ? 'year' : 'years'}`;
}

function scaleLabel(context: LadderContext, key: string): string {
  const entry = context.scale.get(key)?.entry;
  return entry?.name ? `${key} ${entry.name}` : key;
}

function metricBound(metric: Metric | undefined, value: number): string {
  const unit = metric?.unit;
  if (unit === 'percent') return `${value}%`;
  if (unit === 'hours' || unit === 'minutes' || unit === 'days') return `${value} ${unit}`;
  return String(value);
}

/** What a requirement asks for, in one sentence (children of any-of/all-of not included). */
export function requirementInWords(requirement: Requirement, context: LadderContext | undefined): string {
  switch (requirement.type) {
    case 'time-at-level': {
      const span = requirement.years ? years(requirement.years.value) : 'some time';
      if (requirement.level) return `At least ${span} at ${md(levelName(context, requirement.level.value))}, summed over the history`;
      if (requirement.rank) return `At least ${span} at rank ${requirement.rank.value} (any level of that rank), summed over the history`;
      return `At least ${span} at a rank or level (not given)`;
    }
    case 'experience':
      return `At least ${requirement.years ? years(requirement.years.value) : 'some years'} of experience (the assessment's experience-years)`;
    case 'competencies': {
      const count = requirement.count?.value;
      const counted = count === undefined ? 'Some competencies' : `At least ${count} ${count === 1 ? 'competency' : 'competencies'}`;
      const pool = requirement.group ? ` of group ${code(requirement.group.value)}` : requirement.of ? ` of ${requirement.of.map((ref) => code(ref.value)).join(', ')}` : '';
      const min = requirement.min ? (context ? md(scaleLabel(context, requirement.min.key)) : requirement.min.key) : '(no minimum)';
      return `${counted}${pool} rated ${min} or higher`;
    }
    case 'check': {
      const id = requirement.check?.value;
      if (id === undefined) return 'A check (not named) passed';
      const name = context?.checks.get(id)?.name;
      return `${name ? `${md(name)} (${code(id)})` : code(id)} recorded as passed`;
    }
    case 'metric': {
      const id = requirement.metric?.value;
      const metric = id === undefined ? undefined : context?.metrics.get(id);
      const subject = id === undefined ? 'A metric (not named)' : metric?.name ? `${md(metric.name)} (${code(id)})` : code(id);
      const bounds = [
        requirement.min ? `at least ${metricBound(metric, requirement.min.value)}` : undefined,
        requirement.max ? `at most ${metricBound(metric, requirement.max.value)}` : undefined,
      ].filter(Boolean).join(' and ');
      return `${subject} ${bounds || 'within bounds (none given)'}`;
    }
    case 'any-of':
      return `Any one of ${requirement.children.length}:`;
    case 'all-of':
      return `All ${requirement.children.length} of:`;
    default:
      return 'No single requirement type, so it cannot be evaluated';
  }
}

/** A requirement and its children as a markdown list. */
export function requirementList(requirement: Requirement, context: LadderContext | undefined, depth = 0): string[] {
  const id = requirement.id ? `${code(requirement.id.value)}: ` : '';
  const lines = [`${'  '.repeat(depth)}- ${id}${requirementInWords(requirement, context)}`];
  if (requirement.type === 'any-of' || requirement.type === 'all-of') {
    for (const child of requirement.children) lines.push(...requirementList(child, context, depth + 1));
  }
  return lines;
}

export function requirementMarkdown(requirement: Requirement, level: Level | undefined, context: LadderContext | undefined): string {
  const heading = `**Requirement** ${requirement.id ? code(requirement.id.value) : ''}${level ? ` of ${md(level.name ?? level.id)}` : ''}`;
  return paragraphs([heading, formerlyLine(requirement), requirement.description && md(requirement.description), requirementList(requirement, context).join('\n')]);
}

/** `Expected: 3 by Senior Engineer, 2 by Team Lead` over the given levels, or undefined when none expects it. */
export function expectedBy(competencyId: string, levels: readonly Level[]): string | undefined {
  const parts = levels.flatMap((level) => {
    const expectation = level.expectations.find((e) => e.competency.value === competencyId);
    return expectation?.min ? [`${md(expectation.min.key)} by ${md(level.name ?? level.id)}`] : [];
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

export function competencyMarkdown(competency: Competency, context: LadderContext | undefined, options: CompetencyHoverOptions = {}): string {
  const meta = [
    competency.group ? `group ${code(competency.group.value)}` : undefined,
    options.fromUri && competency.uri !== options.fromUri ? `defined in ${md(displayName(competency.uri, options.fromUri))}` : undefined,
  ].filter(Boolean).join(' · ');
  let rating: string | undefined;
  let descriptors: string | undefined;
  if (options.scaleKey !== undefined) {
    const descriptor = competency.descriptors.find((d) => d.key === options.scaleKey);
    const label = context ? scaleLabel(context, options.scaleKey) : options.scaleKey;
    const scaleDescription = context?.scale.get(options.scaleKey)?.entry.description;
    rating = [
      `**${md(label)}**: ${descriptor ? md(descriptor.text) : '(no descriptor for this rating)'}`,
      scaleDescription && `On the scale: ${md(scaleDescription)}`,
    ].filter(Boolean).join('\n\n');
  } else if (competency.descriptors.length > 0) {
    descriptors = competency.descriptors.map((d) => `- **${md(context ? scaleLabel(context, d.key) : d.key)}**: ${md(d.text)}`).join('\n');
  }
  const expected = options.levels ? expectedBy(competency.id, options.levels) : undefined;
  return paragraphs([
    title(competency.id, competency.name),
    formerlyLine(competency),
    meta,
    competency.description && md(competency.description),
    rating,
    descriptors,
    expected && `${options.levelsLabel ?? 'Expected'}: ${expected}`,
  ]);
}

export function scaleMarkdown(entry: ScaleEntry, context: LadderContext, competency?: Competency): string {
  const position = context.scale.get(entry.key)?.position;
  const descriptor = competency?.descriptors.find((d) => d.key === entry.key);
  return paragraphs([
    `**${md(entry.key)}${entry.name ? ` — ${md(entry.name)}` : ''}**${position !== undefined ? ` (step ${position + 1} of ${context.ladder.scale.length})` : ''}`,
    entry.description && md(entry.description),
    competency && `${title(competency.id, competency.name)} at ${md(entry.key)}: ${descriptor ? md(descriptor.text) : '(no descriptor)'}`,
  ]);
}

export function levelMarkdown(level: Level, context: LadderContext): string {
  const track = level.track ? context.tracks.get(currentId(context, 'track', level.track.value)) : undefined;
  const where = [
    level.track ? `${track?.name ? `${md(track.name)} ` : ''}(${code(level.track.value)})` : undefined,
    level.rank ? `rank ${level.rank.value}` : undefined,
  ].filter(Boolean).join(' · ');
  const counts = `${level.expectations.length} ${level.expectations.length === 1 ? 'expectation' : 'expectations'} · ${level.requirements.length} ${level.requirements.length === 1 ? 'requirement' : 'requirements'}`;
  const next = level.next.length > 0 ? `Next: ${level.next.map((ref) => `${md(levelName(context, ref.value))} (${code(ref.value)})`).join(', ')}` : 'Next: none (top of its path)';
  return paragraphs([title(level.id, level.name), formerlyLine(level), where, level.summary && md(level.summary), counts, next]);
}

export function trackMarkdown(track: Track, context: LadderContext): string {
  const levels = context.ladder.levels.filter((level) => level.track && currentId(context, 'track', level.track.value) === track.id);
  levels.sort((a, b) => (a.rank?.value ?? 0) - (b.rank?.value ?? 0));
  const list = levels.length > 0 ? `Levels: ${levels.map((l) => `${md(l.name ?? l.id)}${l.rank ? ` (rank ${l.rank.value})` : ''}`).join(', ')}` : 'No levels on this track yet.';
  return paragraphs([`${title(track.id, track.name)} · track`, formerlyLine(track), track.description && md(track.description), list]);
}

function levelsRequiring(context: LadderContext, uses: (requirement: Requirement) => boolean): string[] {
  return context.ladder.levels.filter((level) => [...allRequirements(level.requirements)].some(uses)).map((level) => md(level.name ?? level.id));
}

export function metricMarkdown(metric: Metric, context: LadderContext): string {
  const facts = [
    metric.unit ? `unit: ${metric.unit}` : undefined,
    metric.better ? `${metric.better} is better` : undefined,
    metric.target !== undefined ? `target: ${metricBound(metric, metric.target)}` : undefined,
  ].filter(Boolean).join(' · ');
  const users = levelsRequiring(context, (r) => r.type === 'metric' && r.metric !== undefined && currentId(context, 'metric', r.metric.value) === metric.id);
  return paragraphs([`${title(metric.id, metric.name)} · metric`, formerlyLine(metric), facts, metric.description && md(metric.description), users.length > 0 && `Required by: ${users.join(', ')}`]);
}

export function checkMarkdown(check: Check, context: LadderContext): string {
  const users = levelsRequiring(context, (r) => r.type === 'check' && r.check !== undefined && currentId(context, 'check', r.check.value) === check.id);
  return paragraphs([`${title(check.id, check.name)} · check`, formerlyLine(check), check.description && md(check.description), users.length > 0 && `Required by: ${users.join(', ')}`]);
}

export function groupMarkdown(group: string, competencies: readonly Competency[]): string {
  const members = competencies.filter((c) => c.group?.value === group);
  return paragraphs([`**${code(group)}** · competency group`, members.length > 0 ? members.map((c) => `- ${code(c.id)}${c.name ? ` ${md(c.name)}` : ''}`).join('\n') : 'No competency is in this group.']);
}

export function rankMarkdown(rank: number, context: LadderContext): string {
  const levels = context.ladder.levels.filter((level) => level.rank?.value === rank);
  return paragraphs([`**Rank ${rank}**`, levels.length > 0 ? `Levels: ${levels.map((l) => `${md(l.name ?? l.id)} (${code(l.id)})`).join(', ')}` : 'No level has this rank.']);
}

export const CHECK_STATUSES: ReadonlyArray<{ status: string; meaning: string }> = [
  { status: 'passed', meaning: 'The check holds: requirements naming it are met.' },
  { status: 'pending', meaning: 'Not decided yet: requirements naming it are unknown.' },
  { status: 'failed', meaning: 'The check does not hold: requirements naming it are unmet.' },
];
