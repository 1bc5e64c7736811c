import { missingRatingsFixes } from '../check/missingRatings';
import type { LadderDiagnostic, QuickFix } from '../types';
import type { Workspace } from '../workspace/workspace';
import { rankFix } from './rankFix';
import { unknownLevelFixes } from './referenceFixes';

const COMPUTED = new Set(['unknown-reference', 'rank-not-rising', 'missing-ratings']);

/**
 * The quick fixes that are worked out when asked for, not with the diagnostic: those that need the
 * file's YAML tree or its ladder (an unknown level in `next`, a time-at-level or an assessment's
 * `target`; a rank that does not rise along `next`; the ratings an assessment's next levels expect).
 */
export function computedFixes(workspace: Workspace, uri: string, diagnostic: LadderDiagnostic): QuickFix[] {
  if (!COMPUTED.has(diagnostic.code)) return [];
  const analyzed = workspace.file(uri).analyzed;
  const model = analyzed?.model;
  if (!model) return [];
  if (model.kind === 'SelfAssessment' && diagnostic.code === 'missing-ratings') {
    const { context } = workspace.assessmentLadder(model);
    return context ? missingRatingsFixes(model, context, analyzed.text) : [];
  }
  const doc = analyzed.parsed.doc;
  if (!doc) return [];
  if (model.kind === 'Ladder') {
    const context = workspace.ladderContext(uri);
    if (diagnostic.code === 'rank-not-rising') return context ? rankFix(context, diagnostic.span) : [];
    return unknownLevelFixes({ text: analyzed.text, doc, context }, diagnostic.span, 'Ladder');
  }
  if (model.kind === 'SelfAssessment' && diagnostic.code === 'unknown-reference')
    return unknownLevelFixes({ text: analyzed.text, doc, context: undefined }, diagnostic.span, 'SelfAssessment');
  return [];
}
