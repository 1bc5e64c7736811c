import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { Workspace } from '../core';
import type { Diagnosis } from './analysisRunner';
import { lineMapOf, toLspDiagnostic } from './positions';

/** A file's diagnostics in LSP ranges of the text analysed (none for a file that could not be read). */
export function lspDiagnostics(workspace: Workspace, uri: string): Diagnostic[] {
  const analyzed = workspace.file(uri).analyzed;
  return analyzed ? workspace.diagnostics(uri).map((d) => toLspDiagnostic(lineMapOf(analyzed), d)) : [];
}

/** A document's diagnostics, then those of every file that depends on it. */
export function diagnosisOf(workspace: Workspace, uri: string): Diagnosis {
  const own: Diagnosis[number] = [uri, lspDiagnostics(workspace, uri)];
  return [
    own,
    ...workspace
      .dependents(uri)
      .map((dependent): Diagnosis[number] => [dependent, lspDiagnostics(workspace, dependent)]),
  ];
}
