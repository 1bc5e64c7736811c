import type { Uri } from 'vscode';
import { FILE_GLOB, kindFromFileName } from '../../server/src/protocol';

export const isAssessmentUri = (uri: Uri): boolean => kindFromFileName(uri.path) === 'SelfAssessment';
export const isReviewUri = (uri: Uri): boolean => kindFromFileName(uri.path) === 'Review';
export const isLadderUri = (uri: Uri): boolean => kindFromFileName(uri.path) === 'Ladder';
/** A ladder or a competency catalogue: the files an assessment is scored against. */
export const isLadderOrCatalogueUri = (uri: Uri): boolean =>
  isLadderUri(uri) || kindFromFileName(uri.path) === 'Competencies';
export const isLadderFileUri = (uri: Uri): boolean => kindFromFileName(uri.path) !== undefined;

/** Saved files and untitled documents named like ladder files (all the server analyses); they stay in the `yaml` language. */
export const LADDER_DOCUMENT_SELECTOR: { scheme: string; pattern: string }[] = [
  { scheme: 'file', pattern: FILE_GLOB },
  { scheme: 'untitled', pattern: FILE_GLOB },
];
