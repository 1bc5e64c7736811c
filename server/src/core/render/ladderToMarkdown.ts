import * as l10n from '@vscode/l10n';
import type { Competency, Level, Requirement } from '../model/types';
import type { LadderContext } from '../workspace/ladderContext';
import { describeRequirement } from './describeRequirement';
import { cell, code, inline, MARKDOWN_WORDING, named, table } from './markdownText';

function requirementLines(requirement: Requirement, depth: number, context: LadderContext): string[] {
  const words = describeRequirement(requirement, context, MARKDOWN_WORDING);
  const text = requirement.description ? `${inline(requirement.description)} — ${words}` : words;
  const id = requirement.id ? ` · ${code(requirement.id.value)}` : '';
  const lines = [`${'  '.repeat(depth)}- ${text}${id}`];
  if (requirement.type === 'any-of' || requirement.type === 'all-of') {
    for (const child of requirement.children) lines.push(...requirementLines(child, depth + 1, context));
  }
  return lines;
}

function levelSection(level: Level, context: LadderContext): string[] {
  const rank = level.rank ? `${l10n.t('Level {0}', level.rank.value)} — ` : '';
  const lines = [`### ${rank}${named(level.name, level.id)}`, ''];
  if (level.summary) lines.push(inline(level.summary), '');
  if (level.responsibilities.length > 0) {
    lines.push(
      `**${l10n.t('Responsibilities')}**`,
      '',
      ...level.responsibilities.map((text) => `- ${inline(text)}`),
      '',
    );
  }
  if (level.expectations.length > 0) {
    const rows = level.expectations.map((expectation) => {
      const competency = context.competencies.get(expectation.competency.value);
      const min = expectation.min;
      const scaleName = min ? context.scale.get(min.key)?.entry.name : undefined;
      const minimum = min ? `${inline(String(min.value))}${scaleName ? ` — ${inline(scaleName)}` : ''}` : '?';
      return [named(competency?.name, expectation.competency.value), cell(minimum)];
    });
    lines.push(
      `**${l10n.t('Expectations')}**`,
      '',
      ...table([l10n.t('Competency'), l10n.t('Minimum rating')], rows),
      '',
    );
  }
  if (level.requirements.length > 0) {
    lines.push(
      `**${l10n.t('Requirements')}**`,
      '',
      ...level.requirements.flatMap((requirement) => requirementLines(requirement, 0, context)),
      '',
    );
  }
  if (level.next.length > 0) {
    const next = level.next.map((ref) => named(context.levels.get(ref.value)?.name, ref.value));
    lines.push(`**${l10n.t('Next:')}** ${next.join(', ')}`, '');
  }
  return lines;
}

function byRank(levels: readonly Level[]): Level[] {
  return levels
    .map((level, index) => ({ level, index }))
    .sort((a, b) => (a.level.rank?.value ?? Infinity) - (b.level.rank?.value ?? Infinity) || a.index - b.index)
    .map(({ level }) => level);
}

function competencyRows(competencies: readonly Competency[]): string[][] {
  return competencies.map((competency) => [
    named(competency.name, competency.id),
    competency.group ? code(competency.group.value) : ' ',
    cell(competency.description ?? ''),
  ]);
}

function descriptorLines(competencies: readonly Competency[]): string[] {
  return competencies
    .filter((competency) => competency.descriptors.length > 0)
    .flatMap((competency) => [
      `**${inline(competency.name ?? competency.id)}**`,
      '',
      ...competency.descriptors.map((descriptor) => `- ${inline(descriptor.key)}: ${inline(descriptor.text)}`),
      '',
    ]);
}

/**
 * A ladder as a Markdown document: scale, tracks with their levels by rank (responsibilities, an
 * expectations table and the requirements in words), competencies, metrics and checks.
 */
export function ladderToMarkdown(context: LadderContext): string {
  const { ladder } = context;
  const id = ladder.id?.value;
  const lines = [`# ${inline(ladder.name ?? id ?? l10n.t('Career ladder'))}`, ''];
  if (id) lines.push(l10n.t('Ladder id: {0}', code(id)), '');
  if (ladder.description) lines.push(inline(ladder.description), '');

  if (ladder.scale.length > 0) {
    const rows = ladder.scale.map((entry) => [
      code(String(entry.id)),
      cell(entry.name ?? ''),
      cell(entry.description ?? ''),
    ]);
    lines.push(
      `## ${l10n.t('Scale')}`,
      '',
      l10n.t('Lowest to highest.'),
      '',
      ...table([l10n.t('Rating'), l10n.t('Name'), l10n.t('Meaning')], rows),
      '',
    );
  }

  const levels = [...context.levels.values()];
  for (const track of context.tracks.values()) {
    const onTrack = levels.filter((level) => level.track?.value === track.id);
    lines.push(`## ${named(track.name, track.id)}`, '');
    if (track.description) lines.push(inline(track.description), '');
    if (onTrack.length === 0) lines.push(l10n.t('No levels on this track yet.'), '');
    for (const level of byRank(onTrack)) lines.push(...levelSection(level, context));
  }
  const elsewhere = levels.filter((level) => !level.track || !context.tracks.has(level.track.value));
  if (elsewhere.length > 0) {
    lines.push(`## ${l10n.t('Levels without a known track')}`, '');
    for (const level of byRank(elsewhere)) lines.push(...levelSection(level, context));
  }

  const competencies = [...context.competencies.values()];
  if (competencies.length > 0) {
    lines.push(
      `## ${l10n.t('Competencies')}`,
      '',
      ...table([l10n.t('Competency'), l10n.t('Group'), l10n.t('Description')], competencyRows(competencies)),
      '',
    );
    const descriptors = descriptorLines(competencies);
    if (descriptors.length > 0) lines.push(`### ${l10n.t('What each rating means')}`, '', ...descriptors);
  }
  if (context.metrics.size > 0) {
    const rows = [...context.metrics.values()].map((metric) => [
      named(metric.name, metric.id),
      cell(metric.unit ?? ''),
      cell(
        metric.better === 'higher'
          ? l10n.t('higher is better')
          : metric.better === 'lower'
            ? l10n.t('lower is better')
            : '',
      ),
    ]);
    lines.push(
      `## ${l10n.t('Metrics')}`,
      '',
      ...table([l10n.t('Metric'), l10n.t('Unit'), l10n.t('Direction')], rows),
      '',
    );
  }
  if (context.checks.size > 0) {
    lines.push(
      `## ${l10n.t('Checks')}`,
      '',
      ...[...context.checks.values()].map(
        (check) => `- ${named(check.name, check.id)}${check.description ? ` — ${inline(check.description)}` : ''}`,
      ),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
