import { allRequirements } from '../model/buildRequirement';
import { closestLevel } from '../score/closestLevel';
import { focusLevelIds } from '../score/scoreAssessment';
import type { LadderDiagnostic } from '../types';
import type { Workspace } from '../workspace/workspace';
import type { PacketData, PacketLevelReason, PacketSource } from './types';

export type PacketOutcome =
  | { kind: 'packet'; packet: PacketData }
  /** The assessment or its ladder files have errors (by URI): no packet, as `ladder score` would not score. */
  | { kind: 'errors'; errors: Map<string, LadderDiagnostic[]> }
  | { kind: 'not-an-assessment' }
  | { kind: 'unknown-level'; levelIds: string[] }
  /** No level given, no target and no next level to choose. */
  | { kind: 'no-level'; levelIds: string[] };

/**
 * The promotion packet's content for one level: the level named, else the assessment's target, else the
 * next level closest to a promotion. Built only from an assessment (and ladder) without errors.
 */
export function buildPacket(
  workspace: Workspace,
  uri: string,
  options: { levelId?: string; today: Date },
): PacketOutcome {
  const outcome = workspace.score(uri, { today: options.today });
  const { assessment, context, report } = outcome;
  if (!assessment)
    return outcome.errors.size > 0 ? { kind: 'errors', errors: outcome.errors } : { kind: 'not-an-assessment' };
  if (outcome.errors.size > 0 || !context || !report) return { kind: 'errors', errors: outcome.errors };
  const levelIds = [...context.levels.keys()];
  let levelId = options.levelId;
  let reason: PacketLevelReason = 'chosen';
  if (levelId !== undefined && !context.levels.has(levelId)) return { kind: 'unknown-level', levelIds };
  if (levelId === undefined) {
    const target = assessment.target?.value;
    const next = focusLevelIds(assessment, context).filter((id) => id !== target);
    if (target !== undefined && context.levels.has(target)) {
      levelId = target;
      reason = 'target';
    } else {
      levelId = closestLevel(report.levels.filter((level) => next.includes(level.id)))?.id;
      reason = 'closest-next';
    }
  }
  if (levelId === undefined) return { kind: 'no-level', levelIds };
  const level = report.levels.find((score) => score.id === levelId)!;
  const definition = context.levels.get(levelId)!;
  const current = assessment.level ? context.levels.get(assessment.level.value) : undefined;
  const requirementIds = new Set(allRequirements(definition.requirements).flatMap((r) => (r.id ? [r.id.value] : [])));
  const scalePosition = (key: string) => context.scale.get(key)?.entry.id;
  const seen = new Set<string>();
  const ratings = assessment.ratings.flatMap((rating) => {
    const id = rating.competency.value;
    if (seen.has(id)) return [];
    seen.add(id);
    const rated = rating.value ? (scalePosition(rating.value.key) ?? null) : null;
    return [
      {
        competency: id,
        name: context.competencies.get(id)?.name ?? id,
        rated,
        evidence: rating.evidence,
        ...(rating.note !== undefined ? { note: rating.note } : {}),
      },
    ];
  });
  const ladderUri = workspace.assessmentLadder(assessment).uri!;
  const sources: PacketSource[] = [
    { uri: assessment.uri, role: 'assessment', text: workspace.file(assessment.uri).analyzed?.text ?? '' },
    { uri: ladderUri, role: 'ladder', text: workspace.file(ladderUri).analyzed?.text ?? '' },
    ...context.includes.flatMap((include) =>
      include.uri && workspace.file(include.uri).analyzed
        ? [{ uri: include.uri, role: 'catalogue' as const, text: workspace.file(include.uri).analyzed!.text }]
        : [],
    ),
  ];
  const trackName = definition.track
    ? (context.tracks.get(definition.track.value)?.name ?? definition.track.value)
    : undefined;
  return {
    kind: 'packet',
    packet: {
      person: assessment.person ?? '',
      asOf: report.asOf,
      ladder: { id: context.ladder.id?.value ?? '', name: context.ladder.name ?? context.ladder.id?.value ?? '' },
      ...(current ? { currentLevel: { id: current.id, name: current.name ?? current.id } } : {}),
      level,
      reason,
      ...(definition.summary !== undefined ? { summary: definition.summary } : {}),
      responsibilities: definition.responsibilities,
      ...(trackName !== undefined ? { trackName } : {}),
      scale: context.ladder.scale.map((entry) => ({
        id: entry.id,
        ...(entry.name !== undefined ? { name: entry.name } : {}),
      })),
      competencyNames: new Map([...context.competencies.values()].map((c) => [c.id, c.name ?? c.id] as const)),
      levels: report.levels,
      ratings,
      waivers: assessment.waivers.flatMap((waiver) =>
        waiver.requirement
          ? [
              {
                requirement: waiver.requirement.value,
                ...(waiver.reason !== undefined ? { reason: waiver.reason } : {}),
                appliesHere: requirementIds.has(waiver.requirement.value),
              },
            ]
          : [],
      ),
      sources,
    },
  };
}
