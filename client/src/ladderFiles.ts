import type { Uri } from 'vscode';
import { FILE_GLOB, kindFromFileName } from '../../server/src/protocol';

export const isAssessmentUri = (uri: Uri): boolean => kindFromFileName(uri.path) === 'SelfAssessment';
export const isReviewUri = (uri: Uri): boolean => kindFromFileName(uri.path) === 'Review';
export const isLadderUri = (uri: Uri): boolean => kindFromFileName(uri.path) === 'Ladder';
/** A ladder or a competency catalogue: the files an assessment is scored against. */
export const isLadderOrCatalogueUri = (uri: Uri): boolean =>
  isLadderUri(uri) || kindFromFileName(uri.path) === 'Competencies';
export const isLadderFileUri = (uri: Uri): boolean => kindFromFileName(uri.path) !== undefined;

/** The language of ladder files (package.json gives it their names). Not `yaml`, so that YAML extensions leave
 * them to this one: no second set of problems, completions, hovers, outline or formatter. */
export const LADDER_LANGUAGE_ID = 'career-ladder-yaml';

/** Saved files and untitled documents named like ladder files (all the server analyses), by name rather than
 * language: a file someone switched back to plain `yaml` is still checked. */
export const LADDER_DOCUMENT_SELECTOR: { scheme: string; pattern: string }[] = [
  { scheme: 'file', pattern: FILE_GLOB },
  { scheme: 'untitled', pattern: FILE_GLOB },
];

/** The selector for a workspace whose folders have these URI schemes: the files of a virtual workspace too. */
export function ladderDocumentSelector(folderSchemes: readonly string[]): { scheme: string; pattern: string }[] {
  const known = new Set(LADDER_DOCUMENT_SELECTOR.map(({ scheme }) => scheme));
  const others = [...new Set(folderSchemes)].filter((scheme) => !known.has(scheme));
  return [...LADDER_DOCUMENT_SELECTOR, ...others.map((scheme) => ({ scheme, pattern: FILE_GLOB }))];
}
