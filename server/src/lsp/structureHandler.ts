import * as l10n from '@vscode/l10n';
import type {
  AssessmentSummary,
  LadderStructure,
  LevelNode,
  RequirementNode,
  TrackNode,
  WorkspaceSummary,
} from '../protocol';
import {
  closestLevel,
  currentId,
  describeRequirement,
  focusLevelIds,
  scoreAssessment,
  todayDay,
  type Assessment,
  type LadderContext,
  type Level,
  type LineMap,
  type Requirement,
  type Span,
  type Workspace,
  readinessPercent,
} from '../core';
import { lineMapOf, toRange } from './positions';
import type { UriMap } from './uriMap';

/** The messages of the errors that start inside a span of the file, for marking tree items. */
type ErrorsIn = (span: Span) => { errors?: string[] };

function errorsFinder(workspace: Workspace, uri: string): ErrorsIn {
  const errors = workspace.diagnostics(uri).filter((diagnostic) => diagnostic.severity === 'error');
  return (span) => {
    const inside = errors.filter((error) => error.span.start >= span.start && error.span.start < span.end);
    return inside.length > 0 ? { errors: inside.map((error) => error.message) } : {};
  };
}

function requirementNode(
  requirement: Requirement,
  map: LineMap,
  context: LadderContext,
  errorsIn: ErrorsIn,
): RequirementNode {
  return {
    ...(requirement.id ? { id: requirement.id.value } : {}),
    type: requirement.type ?? 'invalid',
    label: requirement.description ?? describeRequirement(requirement, context),
    range: toRange(map, requirement.id?.span ?? requirement.typeKeys[0]?.span ?? requirement.span),
    children:
      requirement.type === 'any-of' || requirement.type === 'all-of'
        ? requirement.children.map((child) => requirementNode(child, map, context, errorsIn))
        : [],
    ...errorsIn(requirement.span),
  };
}

/**
 * Verdicts already computed, by the analysed assessment they are about: the model and the ladder
 * context are replaced whenever their files change, so an entry is valid while both are the same
 * objects (and the day has not changed). Views refresh often; most assessments have not changed.
 */
const verdicts = new WeakMap<
  Assessment,
  {
    context: LadderContext;
    day: number;
    verdict: Pick<AssessmentSummary, 'focusLevel' | 'focusStatus' | 'focusReadiness' | 'focusReadinessPercent'>;
  }
>();

/** An assessment's name and its verdict on the focus level closest to promotion. */
export function summarizeAssessment(
  workspace: Workspace,
  uri: string,
  uris: UriMap,
  now: Date,
): AssessmentSummary | undefined {
  const assessment = workspace.assessment(uri);
  if (!assessment) return undefined;
  const reviewCount = workspace.reviewsOf(uri).length;
  const summary: AssessmentSummary = {
    uri: uris.toClient(uri),
    person: assessment.person ?? uri.slice(uri.lastIndexOf('/') + 1),
    ...(assessment.level ? { level: assessment.level.value } : {}),
    ...(reviewCount > 0 ? { reviewCount } : {}),
  };
  const { context } = workspace.assessmentLadder(assessment);
  if (!context) return summary;
  const day = todayDay(now);
  let cached = verdicts.get(assessment);
  if (!cached || cached.context !== context || cached.day !== day) {
    cached = { context, day, verdict: focusVerdict(assessment, context, now) };
    verdicts.set(assessment, cached);
  }
  return { ...summary, ...cached.verdict };
}

function focusVerdict(
  assessment: Assessment,
  context: LadderContext,
  now: Date,
): Pick<AssessmentSummary, 'focusLevel' | 'focusStatus' | 'focusReadiness' | 'focusReadinessPercent'> {
  const focus = new Set(focusLevelIds(assessment, context));
  if (focus.size === 0) return {};
  const levels = scoreAssessment(assessment, context, { today: now }).levels.filter((level) => focus.has(level.id));
  const level = closestLevel(levels);
  return level
    ? {
        focusLevel: level.name,
        focusStatus: level.status,
        focusReadiness: level.readiness,
        focusReadinessPercent: readinessPercent(level.readiness),
      }
    : {};
}

/** A ladder's tracks, levels, expectations and requirements with their ranges, and its assessments. */
export function ladderStructure(workspace: Workspace, uri: string, uris: UriMap, now: Date): LadderStructure | null {
  const context = workspace.ladderContext(uri);
  const analyzed = workspace.file(uri).analyzed;
  if (!context || !analyzed) return null;
  const map = lineMapOf(analyzed);
  const errorsIn = errorsFinder(workspace, uri);
  const levelNode = (id: string): LevelNode => {
    const level = context.levels.get(id)!;
    return {
      id: level.id,
      name: level.name ?? level.id,
      ...(level.rank ? { rank: level.rank.value } : {}),
      range: toRange(map, level.idSpan),
      expectations: level.expectations.flatMap((e) =>
        e.min
          ? [
              {
                competency: e.competency.value,
                competencyName:
                  context.competencies.get(currentId(context, 'competency', e.competency.value))?.name ??
                  e.competency.value,
                min: e.min.value,
                range: toRange(map, e.competency.span),
                ...errorsIn(e.span),
              },
            ]
          : [],
      ),
      requirements: level.requirements.map((r) => requirementNode(r, map, context, errorsIn)),
      next: level.next.map((n) => currentId(context, 'level', n.value)),
      ...errorsIn(level.span),
    };
  };
  const byRank = (a: LevelNode, b: LevelNode) => (a.rank ?? 0) - (b.rank ?? 0);
  const trackOf = (level: Level) => level.track && currentId(context, 'track', level.track.value);
  const levelsByTrack = new Map<string, Level[]>();
  for (const level of context.levels.values()) {
    const track = trackOf(level);
    if (!track) continue;
    const levels = levelsByTrack.get(track);
    if (levels) levels.push(level);
    else levelsByTrack.set(track, [level]);
  }
  const tracks: TrackNode[] = [...context.tracks.values()].map((track) => ({
    id: track.id,
    name: track.name ?? track.id,
    range: toRange(map, track.idSpan),
    levels: (levelsByTrack.get(track.id) ?? []).map((level) => levelNode(level.id)).sort(byRank),
  }));
  const orphans = [...context.levels.values()].filter((level) => !context.tracks.has(trackOf(level) ?? ''));
  if (orphans.length > 0)
    tracks.push({
      id: '',
      name: l10n.t('No track'),
      range: toRange(map, orphans[0]!.idSpan),
      levels: orphans.map((level) => levelNode(level.id)).sort(byRank),
    });
  return {
    uri: uris.toClient(uri),
    id: context.ladder.id?.value ?? '',
    name: context.ladder.name ?? context.ladder.id?.value ?? uri,
    tracks,
    assessments: workspace
      .assessmentsOf(uri)
      .map((a) => summarizeAssessment(workspace, a, uris, now))
      .filter((s): s is AssessmentSummary => s !== undefined),
    errorCount: workspace.diagnostics(uri).filter((d) => d.severity === 'error').length,
  };
}

export function workspaceSummary(workspace: Workspace, uris: UriMap, now: Date): WorkspaceSummary {
  return {
    ladders: workspace.filesOfKind('Ladder').map((uri) => {
      const ladder = workspace.ladder(uri)!;
      return { uri: uris.toClient(uri), id: ladder.id?.value ?? '', name: ladder.name ?? ladder.id?.value ?? uri };
    }),
    assessments: workspace
      .filesOfKind('SelfAssessment')
      .map((uri) => summarizeAssessment(workspace, uri, uris, now))
      .filter((s): s is AssessmentSummary => s !== undefined),
  };
}
