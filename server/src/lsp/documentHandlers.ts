import type { ScaffoldAssessmentParams } from '../protocol';
import { dayToIso, todayDay } from '../core/model/dates';
import { scaffoldAssessment } from '../core/features/scaffold';
import { reportNames } from '../core/render/labels';
import { ladderToMarkdown } from '../core/render/ladderToMarkdown';
import { scoreToMarkdown } from '../core/render/scoreToMarkdown';
import { focusLevelIds } from '../core/score/scoreAssessment';
import { relativeReference } from '../core/workspace/paths';
import type { Workspace } from '../core/workspace/workspace';
import type { UriMap } from './uriMap';

/** The text of a new assessment for a person at a level of a ladder. */
export function scaffold(workspace: Workspace, params: ScaffoldAssessmentParams, uris: UriMap, now: Date): { text: string } {
  const ladderUri = uris.fromClient(params.ladderUri);
  const context = workspace.ladderContext(ladderUri);
  if (!context) throw new Error(`${params.ladderUri} is not a ladder that can be read.`);
  if (!context.levels.has(params.levelId)) throw new Error(`The ladder has no level '${params.levelId}'.`);
  const reference = relativeReference(uris.fromClient(params.targetUri), ladderUri);
  return { text: scaffoldAssessment(context, reference, params.levelId, params.person, dayToIso(todayDay(now))) };
}

/** A ladder, or an assessment's score report, as Markdown. */
export function exportMarkdown(workspace: Workspace, uri: string, now: Date): { markdown: string } | null {
  const context = workspace.ladderContext(uri);
  if (context) return { markdown: ladderToMarkdown(context) };
  const outcome = workspace.score(uri, { today: now });
  if (!outcome.report || !outcome.context || !outcome.assessment) return null;
  const focus = focusLevelIds(outcome.assessment, outcome.context);
  return { markdown: scoreToMarkdown(outcome.report, { focus, ...reportNames(outcome.context) }) };
}
