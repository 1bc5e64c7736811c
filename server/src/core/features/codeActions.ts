import type { LadderDiagnostic, Span, TextEdit } from '../types';
import type { Workspace } from '../workspace/workspace';
import { computedFixes } from './computedFixes';

/** A quick fix to offer: the edits of one fix of one diagnostic, in the diagnostic's file. */
export interface CodeActionEntry {
  title: string;
  edits: TextEdit[];
  diagnostic?: LadderDiagnostic;
  preferred?: boolean;
}

/** The quick fixes of the diagnostics that overlap `span` (touching counts, so a cursor at a problem's edge finds it). */
export function codeActions(workspace: Workspace, uri: string, span: Span): CodeActionEntry[] {
  return workspace
    .diagnostics(uri)
    .filter((d) => d.span.start <= span.end && span.start <= d.span.end)
    .flatMap((diagnostic) =>
      [...(diagnostic.fixes ?? []), ...computedFixes(workspace, uri, diagnostic)].map((fix) => ({
        title: fix.title,
        edits: fix.edits,
        diagnostic,
        ...(fix.preferred ? { preferred: true } : {}),
      })),
    );
}
