/** A half-open range of UTF-16 offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'info';

export type FileKind = 'Ladder' | 'Competencies' | 'SelfAssessment' | 'Review';

/** A replacement the user may apply as a quick fix. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A fix offered for a diagnostic: one or more edits in the diagnostic's own file. */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

/**
 * A problem found in a file. Positions stay offsets here; the server and the CLI turn them into
 * line and column at their edge.
 */
export interface LadderDiagnostic {
  span: Span;
  severity: Severity;
  message: string;
  /** Stable, documented identifier, e.g. `unknown-reference`. */
  code: string;
  fixes?: QuickFix[];
  /** On a `renamed-id` warning: the former id written there and the current id it stands for. */
  renamed?: { former: string; current: string };
}

export const DIAGNOSTIC_SOURCE = 'ladder';
