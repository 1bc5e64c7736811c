import * as l10n from '@vscode/l10n';
import { kindFromFileName } from '../fileKinds';
import type { Assessment } from '../model/types';
import { LineMap } from '../text/lineMap';
import type { LadderDiagnostic } from '../types';
import type { LadderContext } from '../workspace/ladderContext';
import type { Workspace, WorkspaceFile } from '../workspace/workspace';
import { personKey } from './people';
import type { ProblemFileRole, TeamError } from './types';

/** What one file brings to a team report, whatever the other files are. */
export interface FileEntry {
  role: ProblemFileRole;
  assessment: Assessment | undefined;
  /** The assessment's person, compared as `personKey` does ('' when there is none). */
  personKey: string;
  /** The file's errors (one when it cannot be read). */
  errors: LadderDiagnostic[];
  /** The ladder the assessment names, resolved, and what could be read of it. */
  ladderUri: string | undefined;
  context: LadderContext | undefined;
  /** The file's text, for the lines of its errors. */
  text: string;
  /** The errors where they start, worked out when first needed. */
  located?: TeamError[];
}

export function roleOf(workspace: Workspace, uri: string): ProblemFileRole {
  const kind = workspace.file(uri).analyzed?.model?.kind ?? kindFromFileName(uri);
  return kind === 'SelfAssessment'
    ? 'assessment'
    : kind === 'Ladder'
      ? 'ladder'
      : kind === 'Competencies'
        ? 'catalogue'
        : 'other';
}

/** The errors of a file; a file that cannot be read has one. */
export function errorsOf(workspace: Workspace, uri: string): LadderDiagnostic[] {
  const file = workspace.file(uri);
  return file.failure
    ? [
        {
          span: { start: 0, end: 0 },
          severity: 'error',
          code: file.failure.reason === 'too-large' ? 'file-too-large' : 'unreadable-file',
          message: l10n.t('Cannot read this file: {0}.', file.failure.message),
        },
      ]
    : workspace.errors(uri);
}

/** Errors where they start in `text`: zero-based line and UTF-16 character. */
export function locate(text: string, errors: readonly LadderDiagnostic[]): TeamError[] {
  if (errors.length === 0) return [];
  const lines = new LineMap(text);
  return errors.map((error) => ({ ...lines.position(error.span.start), code: error.code, message: error.message }));
}

export function fileEntry(workspace: Workspace, uri: string): FileEntry {
  const assessment = workspace.assessment(uri);
  const person = assessment?.person;
  const { context, uri: ladderUri } = assessment ? workspace.assessmentLadder(assessment) : {};
  return {
    role: roleOf(workspace, uri),
    assessment,
    personKey: person === undefined ? '' : personKey(person),
    errors: errorsOf(workspace, uri),
    ladderUri,
    context,
    text: workspace.file(uri).analyzed?.text ?? '',
  };
}

/** A ladder as one report sees it: its file and what could be read of it. */
export interface LadderState {
  file: WorkspaceFile;
  context: LadderContext | undefined;
}
