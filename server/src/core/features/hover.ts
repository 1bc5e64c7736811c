import * as l10n from '@vscode/l10n';
import { isScalar } from 'yaml';
import type { Competency, Level } from '../model/types';
import { nodeAtPath, scalarString } from '../parse/nodes';
import { code, escapeMarkdown, inline } from '../render/markdownText';
import { fileKindPhrase, itemNoun, type ItemKind } from '../text/itemNouns';
import { LineMap } from '../text/lineMap';
import { oldToNew, textDelta, type TextDelta } from '../text/textDelta';
import type { Span } from '../types';
import { isRenamableList } from '../workspace/formerIds';
import { resolveId } from '../workspace/ladderContext';
import { displayName, resolveReference } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import {
  checkMarkdown,
  checkStatusMeaning,
  competencyMarkdown,
  groupMarkdown,
  levelMarkdown,
  type LevelLink,
  metricMarkdown,
  rankMarkdown,
  requirementMarkdown,
  scaleMarkdown,
  title,
  trackMarkdown,
} from './describe';
import { allCompetencies, competencyById, fileEnv, focusLevels, reviewOf, type FileEnv } from './fileEnv';
import { reviewRatingMarkdown } from './reviewHover';
import { documentationOf, propertySchema, rootSchema, schemaAt } from './schemaNav';
import { targetAt, type Target } from './target';
import { formatNumber } from '../text/numbers';

/** Markdown about the id or key at `offset`, and the span it is about. */
export function hover(workspace: Workspace, uri: string, offset: number): { span: Span; markdown: string } | undefined {
  const env = fileEnv(workspace, uri);
  if (!env) return undefined;
  const target = targetAt(env, offset);
  if (!target) return undefined;
  const markdown = (target.role && describeTarget(env, target)) ?? schemaHover(env, target);
  return markdown ? { span: target.span, markdown } : undefined;
}

function unknown(what: ItemKind, id: string): string {
  return l10n.t('Unknown {0} {1}: not defined in this ladder.', itemNoun(what), code(id));
}

/** The levels whose expectations a competency hover lists, and how they are introduced. */
function levelsFor(env: FileEnv, target: Target): { levels: readonly Level[]; levelsLabel: 'next' | 'all' } {
  const kind = env.analyzed.model?.kind;
  if (kind === 'SelfAssessment' || kind === 'Review') return { levels: focusLevels(env), levelsLabel: 'next' };
  const { path } = target;
  if (path[0] === 'levels' && typeof path[1] === 'number') {
    const levelId = scalarString(env.doc, nodeAtPath(env.doc, ['levels', path[1], 'id']).node);
    if (path[2] === 'expectations' && levelId !== undefined)
      return { levels: focusLevels(env, levelId), levelsLabel: 'next' };
  }
  return { levels: env.context?.ladder.levels ?? [], levelsLabel: 'all' };
}

function describeTarget(env: FileEnv, target: Target): string | undefined {
  const { context } = env;
  const role = target.role!;
  const id = target.id;
  if (context && isRenamableList(role.type) && !('definition' in role && role.definition)) {
    const resolved = resolveId(context, role.type, id);
    if (resolved?.renamedFrom !== undefined) {
      const notice = l10n.t('{0} was renamed to {1}: write the current id.', code(id), code(resolved.id));
      return [notice, describeTarget(env, { ...target, id: resolved.id })].filter(Boolean).join('\n\n');
    }
  }
  switch (role.type) {
    case 'competency': {
      const competency = competencyById(env, id);
      const review = reviewOf(env);
      if (competency && review && target.onKey) return reviewRatingMarkdown(env, review, competency);
      return competency
        ? competencyMarkdown(competency, context, { ...levelsFor(env, target), fromUri: env.uri })
        : context
          ? unknown('competency', id)
          : undefined;
    }
    case 'scale': {
      if (!context) return undefined;
      const entry = context.scale.get(id)?.entry;
      const competency: Competency | undefined =
        'competency' in role && role.competency ? competencyById(env, role.competency) : undefined;
      if (competency && !target.onKey)
        return competencyMarkdown(competency, context, { ...levelsFor(env, target), scaleKey: id, fromUri: env.uri });
      return entry
        ? scaleMarkdown(entry, context, competency)
        : l10n.t('{0} is not on the scale of this ladder.', code(id));
    }
    case 'level': {
      const level = context?.levels.get(id);
      return level ? levelMarkdown(level, context!) : context ? unknown('level', id) : undefined;
    }
    case 'track': {
      const track = context?.tracks.get(id);
      return track ? trackMarkdown(track, context!) : context ? unknown('track', id) : undefined;
    }
    case 'metric': {
      const metric = context?.metrics.get(id);
      return metric
        ? metricMarkdown(metric, context!, levelLink(env.workspace))
        : context
          ? unknown('metric', id)
          : undefined;
    }
    case 'check': {
      const check = context?.checks.get(id);
      return check
        ? checkMarkdown(check, context!, levelLink(env.workspace))
        : context
          ? unknown('check', id)
          : undefined;
    }
    case 'requirement': {
      const found = context?.requirements.get(id);
      return found
        ? requirementMarkdown(found.requirement, found.level, context)
        : context
          ? unknown('requirement', id)
          : undefined;
    }
    case 'group':
      return groupMarkdown(id, allCompetencies(env));
    case 'rank':
      return context && isScalar(target.node) && typeof target.node.value === 'number'
        ? rankMarkdown(target.node.value, context)
        : undefined;
    case 'ladder-file':
    case 'catalogue-file':
    case 'assessment-file':
      return fileMarkdown(
        env,
        id,
        role.type === 'ladder-file' ? 'Ladder' : role.type === 'catalogue-file' ? 'Competencies' : 'SelfAssessment',
      );
    case 'check-status': {
      const status = id === 'true' ? 'passed' : id === 'false' ? 'failed' : id;
      const meaning = checkStatusMeaning(status);
      return meaning ? `**${inline(id)}**: ${meaning}` : undefined;
    }
  }
}

/**
 * Links to a level's `id` line, as `file:///…#L12,9` (the editor opens the file there). Read from an older
 * analysis while the editor has a newer text of the file (a big document being edited), the line is the
 * one in that newer text.
 */
function levelLink(workspace: Workspace): LevelLink {
  const files = new Map<string, { map: LineMap; delta: TextDelta | undefined } | undefined>();
  const fileOf = (uri: string) => {
    if (files.has(uri)) return files.get(uri);
    const analyzed = workspace.file(uri).analyzed;
    const pending = workspace.latestAnalysis(uri).pendingText;
    const found = analyzed && {
      map: new LineMap(pending ?? analyzed.text),
      delta: pending === undefined ? undefined : textDelta(analyzed.text, pending),
    };
    files.set(uri, found);
    return found;
  };
  return (level) => {
    const file = fileOf(level.uri);
    if (!file) return undefined;
    const offset = file.delta ? oldToNew(file.delta, level.idSpan.start) : level.idSpan.start;
    const { line, character } = file.map.position(offset);
    return `${level.uri}#L${line + 1},${character + 1}`;
  };
}

function fileMarkdown(env: FileEnv, written: string, kind: 'Ladder' | 'Competencies' | 'SelfAssessment'): string {
  const uri = resolveReference(env.uri, written);
  const file = uri ? env.workspace.file(uri) : undefined;
  if (!uri || !file || file.failure)
    return file?.failure
      ? l10n.t('Cannot read {0}: {1}.', code(written), inline(file.failure.message))
      : l10n.t('Cannot read {0}.', code(written));
  const model = file.analyzed?.model;
  const shownPath = displayName(uri, env.uri);
  const where = inline(shownPath);
  if (model?.kind === 'Ladder' && kind === 'Ladder') {
    const competencies = env.workspace.ladderContext(uri)?.competencies.size ?? model.competencies.length;
    return [
      l10n.t('{0} · ladder', title(model.id?.value ?? shownPath, model.name)),
      where,
      l10n.t(
        '{0} levels · {1} tracks · {2} competencies',
        formatNumber(model.levels.length),
        formatNumber(model.tracks.length),
        formatNumber(competencies),
      ),
    ].join('\n\n');
  }
  if (model?.kind === 'Competencies' && kind === 'Competencies') {
    return [
      l10n.t('{0} · competency catalogue', title(model.id?.value ?? shownPath, model.name)),
      where,
      l10n.t('{0} competencies', formatNumber(model.competencies.length)),
    ].join('\n\n');
  }
  if (model?.kind === 'SelfAssessment' && kind === 'SelfAssessment') {
    const ladder = env.workspace.assessmentLadder(model).context;
    const level = model.level
      ? l10n.t('at {0}', escapeMarkdown(ladder?.levels.get(model.level.value)?.name ?? model.level.value))
      : undefined;
    const facts = [
      level,
      model.ratings.length === 1 ? l10n.t('1 rating') : l10n.t('{0} ratings', formatNumber(model.ratings.length)),
      model.date ? l10n.t('as of {0}', model.date.text) : undefined,
    ]
      .filter(Boolean)
      .join(' · ');
    return [l10n.t('**{0}** · self-assessment', escapeMarkdown(model.person ?? where)), where, facts].join('\n\n');
  }
  return l10n.t('{0} is {1}, not a {2} file.', where, fileKindPhrase(model?.kind), kind);
}

function schemaHover(env: FileEnv, target: Target): string | undefined {
  if (!env.kind) return undefined;
  const root = rootSchema(env.kind);
  const schema = target.onKey
    ? propertySchema(root, schemaAt(root, target.path.slice(0, -1)), target.id)
    : schemaAt(root, target.path);
  return documentationOf(schema);
}
