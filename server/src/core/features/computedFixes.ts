import type { LadderDiagnostic, QuickFix } from '../types';
import type { Workspace } from '../workspace/workspace';
import { rankFix } from './rankFix';
import { unknownLevelFixes } from './referenceFixes';

/**
 * The quick fixes that are worked out when asked for, not with the diagnostic: those that need the
 * file's YAML tree or its ladder (an unknown level in `next`, a time-at-level or an assessment's
 * `target`; a rank that does not rise along `next`).
 */
export function computedFixes(workspace: Workspace, uri: string, diagnostic: LadderDiagnostic): QuickFix[] {
  if (diagnostic.code !== 'unknown-reference' && diagnostic.code !== 'rank-not-rising') return [];
  const analyzed = workspace.file(uri).analyzed;
  const model = analyzed?.model;
  const doc = analyzed?.parsed.doc;
  if (!model || !doc) return [];
  if (model.kind === 'Ladder') {
    const context = workspace.ladderContext(uri);
    if (diagnostic.code === 'rank-not-rising') return context ? rankFix(context, diagnostic.span) : [];
    return unknownLevelFixes({ text: analyzed.text, doc, context }, diagnostic.span, 'Ladder');
  }
  if (model.kind === 'SelfAssessment' && diagnostic.code === 'unknown-reference')
    return unknownLevelFixes({ text: analyzed.text, doc, context: undefined }, diagnostic.span, 'SelfAssessment');
  return [];
}
