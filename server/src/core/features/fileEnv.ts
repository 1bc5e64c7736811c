import type { Document } from 'yaml';
import { kindFromFileName } from '../fileKinds';
import type { AnalyzedFile } from '../model/analyzeFile';
import type { Assessment, Competency, Level, Review } from '../model/types';
import { focusLevelIds } from '../score/scoreAssessment';
import type { FileKind } from '../types';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import { normalizeUri } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';

/** One file as the editor features see it: its cached analysis and the ladder it belongs to. */
export interface FileEnv {
  workspace: Workspace;
  uri: string;
  analyzed: AnalyzedFile;
  doc: Document.Parsed;
  /** The kind the file declares, else the one its name promises (an empty file is still a ladder). */
  kind: FileKind | undefined;
  /** The ladder of a ladder file, an assessment's ladder (a review's: its assessment's), or the first ladder including a catalogue. */
  context: LadderContext | undefined;
}

export function fileEnv(workspace: Workspace, uri: string): FileEnv | undefined {
  const key = normalizeUri(uri);
  const analyzed = workspace.file(key).analyzed;
  const doc = analyzed?.parsed.doc;
  if (!analyzed || !doc) return undefined;
  const kind = analyzed.kind ?? kindFromFileName(key);
  return { workspace, uri: key, analyzed, doc, kind, context: ladderContextOf(workspace, key, analyzed) };
}

function ladderContextOf(workspace: Workspace, uri: string, analyzed: AnalyzedFile): LadderContext | undefined {
  const model = analyzed.model;
  if (model?.kind === 'Ladder') return workspace.ladderContext(uri);
  if (model?.kind === 'SelfAssessment') return workspace.assessmentLadder(model).context;
  if (model?.kind === 'Review') return workspace.reviewedAssessment(model).context;
  if (model?.kind === 'Competencies') {
    for (const ladderUri of workspace.laddersIncluding(uri)) {
      const context = workspace.ladderContext(ladderUri);
      if (context) return context;
    }
  }
  return undefined;
}

export function assessmentOf(env: FileEnv): Assessment | undefined {
  const model = env.analyzed.model;
  return model?.kind === 'SelfAssessment' ? model : undefined;
}

export function reviewOf(env: FileEnv): Review | undefined {
  const model = env.analyzed.model;
  return model?.kind === 'Review' ? model : undefined;
}

/** The self-assessment a review file names, when it can be read. */
export function reviewedAssessmentOf(env: FileEnv): Assessment | undefined {
  const review = reviewOf(env);
  return review ? env.workspace.reviewedAssessment(review).assessment : undefined;
}

/** A competency by id (current or former): a catalogue's own first, then its ladder's. */
export function competencyById(env: FileEnv, id: string): Competency | undefined {
  const model = env.analyzed.model;
  const own = model?.kind === 'Competencies' ? model.competencies.find((c) => c.id === id) : undefined;
  const context = env.context;
  return own ?? (context && context.competencies.get(currentId(context, 'competency', id)));
}

/** Every competency the file can name, in order, without duplicates. */
export function allCompetencies(env: FileEnv): Competency[] {
  const model = env.analyzed.model;
  const result = new Map<string, Competency>();
  if (model?.kind === 'Competencies') for (const c of model.competencies) if (!result.has(c.id)) result.set(c.id, c);
  for (const c of env.context?.competencies.values() ?? []) if (!result.has(c.id)) result.set(c.id, c);
  return [...result.values()];
}

export function allGroups(env: FileEnv): string[] {
  const groups = new Set<string>();
  for (const c of allCompetencies(env)) if (c.group) groups.add(c.group.value);
  return [...groups];
}

/**
 * The levels whose expectations matter here: an assessment's (or a reviewed assessment's) next and
 * target levels; in a ladder, the next levels of the level `levelId` when given.
 */
export function focusLevels(env: FileEnv, levelId?: string): Level[] {
  const context = env.context;
  if (!context) return [];
  const assessment = assessmentOf(env) ?? reviewedAssessmentOf(env);
  if (assessment) return focusLevelIds(assessment, context).map((id) => context.levels.get(id)!);
  if (env.analyzed.model?.kind === 'Ladder' && levelId !== undefined) {
    const level = context.levels.get(levelId);
    return (level?.next ?? []).map((ref) => context.levels.get(ref.value)).filter((l): l is Level => l !== undefined);
  }
  return [];
}
