import * as l10n from '@vscode/l10n';
import type { Assessment, Level, Model } from '../model/types';
import type { Span } from '../types';
import { expectationOf, levelsOfRank } from '../workspace/contextIndex';
import type { RenamableList } from '../workspace/formerIds';
import { currentId } from '../workspace/ladderContext';
import { relativeReference } from '../workspace/paths';
import { entry, sortKey, type CompletionEntry, type CompletionEnv } from './completionEntry';
import {
  CHECK_STATUSES,
  checkMarkdown,
  checkStatusMeaning,
  competencyMarkdown,
  levelMarkdown,
  metricMarkdown,
  rankMarkdown,
  requirementMarkdown,
  scaleMarkdown,
  trackMarkdown,
} from './describe';
import { allCompetencies, allGroups, assessmentOf, competencyById, focusLevels, reviewedAssessmentOf } from './fileEnv';
import type { Role } from './roles';
import { yamlId, yamlScalar } from '../text/yamlText';
import { formatNumber } from '../text/numbers';

/** Ids to write as keys: competencies of expectations and ratings, checks, metrics, descriptor scale ids. */
export function referenceKeys(env: CompletionEnv, role: Role): CompletionEntry[] {
  const { cursor, context } = env;
  const insert = (id: string) => (cursor.hasColon ? yamlId(id) : `${yamlId(id)}: `);
  // Keys already written, by current id: a competency rated under its former id is not offered again.
  const presentAs = (list: RenamableList) =>
    new Set([...cursor.siblings].map((key) => (context ? currentId(context, list, key) : key)));
  switch (role.type) {
    case 'competency': {
      const present = presentAs('competency');
      // In a review, the person's own rating is shown beside each competency.
      const reviewed = reviewedAssessmentOf(env);
      const assessment = assessmentOf(env) ?? reviewed;
      const levels = focusLevels(env);
      const selfRatings = reviewed && firstRatings(reviewed);
      return allCompetencies(env)
        .filter((c) => !present.has(c.id))
        .map((c, i) => {
          const expected = assessment ? expectedText(c.id, levels) : undefined;
          const self =
            selfRatings &&
            (selfRatings.has(c.id)
              ? l10n.t('self-rated {0}', String(selfRatings.get(c.id)))
              : l10n.t('not self-rated'));
          const detail = [c.name ?? c.id, self, expected].filter(Boolean).join(' · ');
          return entry(env, c.id, 'reference', insert(c.id), {
            detail,
            documentation: competencyMarkdown(c, context, {
              levels,
              levelsLabel: 'next',
              fromUri: env.uri,
            }),
            sortText: sortKey(i, assessment && !expected ? 2 : 1),
          });
        });
    }
    case 'check': {
      const present = presentAs('check');
      return [...(context?.checks.values() ?? [])]
        .filter((c) => !present.has(c.id))
        .map((check, i) =>
          entry(env, check.id, 'reference', insert(check.id), {
            detail: check.name ?? check.id,
            documentation: checkMarkdown(check, context!),
            sortText: sortKey(i),
          }),
        );
    }
    case 'metric': {
      const present = presentAs('metric');
      return [...(context?.metrics.values() ?? [])]
        .filter((m) => !present.has(m.id))
        .map((metric, i) =>
          entry(env, metric.id, 'reference', insert(metric.id), {
            detail: metric.name ?? metric.id,
            documentation: metricMarkdown(metric, context!),
            sortText: sortKey(i),
          }),
        );
    }
    case 'scale': {
      if (!context) return [];
      const competency = 'competency' in role && role.competency ? competencyById(env, role.competency) : undefined;
      return context.ladder.scale
        .filter((s) => !cursor.siblings.has(s.key))
        .map((s, i) =>
          entry(env, s.key, 'value', cursor.hasColon ? yamlScalar(s.id, false) : `${yamlScalar(s.id, false)}: `, {
            ...(s.name ? { detail: s.name } : {}),
            documentation: scaleMarkdown(s, context, competency),
            sortText: sortKey(i),
          }),
        );
    }
    default:
      return [];
  }
}

/** Competency id → the value of its first rating with one, as written. */
function firstRatings(assessment: Assessment): Map<string, string> {
  const values = new Map<string, string>();
  for (const rating of assessment.ratings)
    if (rating.value && !values.has(rating.competency.value)) values.set(rating.competency.value, rating.value.key);
  return values;
}

function expectedText(competencyId: string, levels: readonly Level[]): string | undefined {
  const parts = levels.flatMap((level) => {
    const min = expectationOf(level, competencyId)?.min;
    return min ? [l10n.t('{0} by {1}', min.key, level.name ?? level.id)] : [];
  });
  return parts.length === 0 ? undefined : l10n.t('expected {0}', parts.join(', '));
}

/** Ids to write as values: the ladder's tracks, levels, competencies, scale, metrics, checks, requirements, groups, ranks and files. */
export function referenceValues(env: CompletionEnv, role: Role): CompletionEntry[] {
  const { cursor, context } = env;
  if ('definition' in role && role.definition) return [];
  const flow = cursor.style === 'flow';
  const present = cursor.siblings;
  const ref = (id: string, i: number, extra: Partial<CompletionEntry>) =>
    entry(env, id, 'reference', yamlId(id), { sortText: sortKey(i), ...extra });
  switch (role.type) {
    case 'track':
      return [...(context?.tracks.values() ?? [])].map((track, i) =>
        ref(track.id, i, { detail: track.name ?? track.id, documentation: trackMarkdown(track, context!) }),
      );
    case 'level': {
      const self = 'self' in role ? role.self : undefined;
      return [...(context?.levels.values() ?? [])]
        .filter((level) => level.id !== self && !present.has(level.id))
        .map((level, i) =>
          ref(level.id, i, {
            detail:
              [level.name, level.rank ? l10n.t('rank {0}', level.rank.value) : undefined].filter(Boolean).join(' · ') ||
              level.id,
            documentation: levelMarkdown(level, context!),
          }),
        );
    }
    case 'competency':
      return allCompetencies(env)
        .filter((c) => !present.has(c.id))
        .map((c, i) =>
          ref(c.id, i, { detail: c.name ?? c.id, documentation: competencyMarkdown(c, context, { fromUri: env.uri }) }),
        );
    case 'scale': {
      if (!context) return [];
      const competency = 'competency' in role && role.competency ? competencyById(env, role.competency) : undefined;
      return context.ladder.scale.map((s, i) =>
        entry(env, s.key, 'value', yamlScalar(s.id, flow), {
          ...(s.name ? { detail: s.name } : {}),
          documentation: scaleMarkdown(s, context, competency),
          sortText: sortKey(i),
        }),
      );
    }
    case 'metric':
      return [...(context?.metrics.values() ?? [])].map((metric, i) =>
        ref(metric.id, i, { detail: metric.name ?? metric.id, documentation: metricMarkdown(metric, context!) }),
      );
    case 'check':
      return [...(context?.checks.values() ?? [])].map((check, i) =>
        ref(check.id, i, { detail: check.name ?? check.id, documentation: checkMarkdown(check, context!) }),
      );
    case 'requirement': {
      const waived = new Set(
        (assessmentOf(env)?.waivers ?? []).flatMap((w) =>
          w.requirement && !overlaps(w.requirement.span, cursor.replace) ? [w.requirement.value] : [],
        ),
      );
      return [...(context?.requirements.entries() ?? [])]
        .filter(([id]) => !waived.has(id))
        .map(([id, { requirement, level }], i) =>
          ref(id, i, {
            detail: `${level.name ?? level.id}: ${requirement.type ?? 'requirement'}`,
            documentation: requirementMarkdown(requirement, level, context),
          }),
        );
    }
    case 'group': {
      const counts = new Map<string, number>();
      for (const c of allCompetencies(env))
        if (c.group) counts.set(c.group.value, (counts.get(c.group.value) ?? 0) + 1);
      return allGroups(env).map((group, i) => {
        const count = counts.get(group) ?? 0;
        return entry(env, group, 'reference', yamlScalar(group, flow), {
          sortText: sortKey(i),
          detail: count === 1 ? l10n.t('1 competency') : l10n.t('{0} competencies', formatNumber(count)),
        });
      });
    }
    case 'rank':
      return [...(context?.ranks ?? [])]
        .sort((a, b) => a - b)
        .map((rank, i) =>
          entry(env, String(rank), 'value', String(rank), {
            detail: levelsOfRank(context!, rank)
              .map((l) => l.name ?? l.id)
              .join(', '),
            documentation: rankMarkdown(rank, context!),
            sortText: sortKey(i),
          }),
        );
    case 'ladder-file':
    case 'catalogue-file':
    case 'assessment-file': {
      const kind =
        role.type === 'ladder-file' ? 'Ladder' : role.type === 'catalogue-file' ? 'Competencies' : 'SelfAssessment';
      return env.workspace
        .filesOfKind(kind)
        .filter((uri) => uri !== env.uri)
        .map((uri, i) => {
          const path = relativeReference(env.uri, uri);
          const name = fileTitle(env.workspace.file(uri).analyzed?.model);
          return entry(env, path, 'file', yamlScalar(path, flow), {
            sortText: sortKey(i),
            ...(name ? { detail: name } : {}),
          });
        })
        .filter((e) => !present.has(e.label));
    }
    case 'check-status':
      return CHECK_STATUSES.map((status, i) =>
        entry(env, status, 'enum', status, { documentation: checkStatusMeaning(status), sortText: sortKey(i) }),
      );
  }
}

/** How a file offered as a path is described: a ladder's or catalogue's name, an assessment's person. */
function fileTitle(model: Model | undefined): string | undefined {
  if (model?.kind === 'Ladder' || model?.kind === 'Competencies') return model.name ?? model.id?.value;
  if (model?.kind === 'SelfAssessment') return model.person;
  return undefined;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}
