import type { LadderDiagnostic, QuickFix, Span, TextEdit } from '../types';
import type { Workspace } from '../workspace/workspace';
import { computedFixes } from './computedFixes';

/** A quick fix to offer: the edits of one fix of one diagnostic, in the diagnostic's file. */
export interface CodeActionEntry {
  title: string;
  edits: TextEdit[];
  diagnostic?: LadderDiagnostic;
  preferred?: boolean;
}

/**
 * The quick fixes of the diagnostics that overlap `span` (touching counts, so a cursor at a problem's
 * edge finds it): those the diagnostic carries and those worked out when asked for. A fix that several
 * of them share (replacing every former id in the file) is offered once.
 */
export function codeActions(workspace: Workspace, uri: string, span: Span): CodeActionEntry[] {
  const offered = new Set<QuickFix>();
  return workspace
    .diagnostics(uri)
    .filter((d) => d.span.start <= span.end && span.start <= d.span.end)
    .flatMap((diagnostic) =>
      [...(diagnostic.fixes ?? []), ...computedFixes(workspace, uri, diagnostic)].flatMap((fix) => {
        if (offered.has(fix)) return [];
        offered.add(fix);
        return [{ title: fix.title, edits: fix.edits, diagnostic, ...(fix.preferred ? { preferred: true } : {}) }];
      }),
    );
}
