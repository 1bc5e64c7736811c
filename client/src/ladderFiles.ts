import * as vscode from 'vscode';

/** Every file the language server analyses, by the format's naming convention. */
export const LADDER_FILE_GLOB = '**/*.{ladder,competencies,assessment,review}.{yaml,yml}';

const ASSESSMENT = /\.assessment\.ya?ml$/i;
const LADDER = /\.ladder\.ya?ml$/i;
const ANY = /\.(ladder|competencies|assessment|review)\.ya?ml$/i;

export const isAssessmentUri = (uri: vscode.Uri): boolean => ASSESSMENT.test(uri.path);
export const isLadderUri = (uri: vscode.Uri): boolean => LADDER.test(uri.path);
export const isLadderFileUri = (uri: vscode.Uri): boolean => ANY.test(uri.path);

/** Saved files and untitled documents named like ladder files; they stay in the `yaml` language. */
export const LADDER_DOCUMENT_SELECTOR: { scheme: string; pattern: string }[] = [
  { scheme: 'file', pattern: LADDER_FILE_GLOB },
  { scheme: 'untitled', pattern: LADDER_FILE_GLOB },
];
