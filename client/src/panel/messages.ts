/**
 * The messages between the eligibility panel's host (the extension) and its webview, as discriminated
 * unions shared by both sides. Type-only: nothing here exists at run time.
 */
import type { Range } from 'vscode-languageserver-protocol';
import type { CalibrationResult, ScaleId, ScoreResult } from '../../../server/src/protocol';
import type { HistoryMessage } from './historyMessage';

export type { CalibrationResult, Range, ScaleId, ScoreResult };

/** What-if ratings by competency id; `null` previews the competency as unrated. */
export type WhatIf = Record<string, ScaleId | null>;

/** A new verdict for the panel's assessment, computed with `whatIf` in place of the file's ratings. */
export interface ScoreMessage {
  type: 'score';
  result: ScoreResult;
  whatIf: WhatIf;
}

/** The verdict could not be computed (no server, a failed request). */
export interface ErrorMessage {
  type: 'error';
  message: string;
}

/** The calibration of the panel's assessment against its reviews (the file's own ratings, no what-if). */
export interface CalibrationMessage {
  type: 'calibration';
  result: CalibrationResult;
}

export type HostToWebviewMessage = ScoreMessage | ErrorMessage | CalibrationMessage | HistoryMessage;

/** The webview's script has loaded and listens: the host sends the latest verdict. */
export interface ReadyMessage {
  type: 'ready';
}

/** Open `uri` (the panel's assessment, its ladder or one of its reviews) with `range` selected. */
export interface RevealMessage {
  type: 'reveal';
  uri: string;
  range: Range;
}

/** Re-score with these what-if ratings (replacing the previous ones); the file is not touched. */
export interface WhatIfMessage {
  type: 'whatIf';
  overrides: WhatIf;
}

/** The user clicked "Apply to file": write the current what-if ratings to the assessment as one edit. */
export interface ApplyWhatIfMessage {
  type: 'applyWhatIf';
}

/** The user asked for the promotion packet of the panel's assessment (the host asks for the level and the file). */
export interface ExportPacketMessage {
  type: 'exportPacket';
}

export type WebviewToHostMessage =
  ReadyMessage | RevealMessage | WhatIfMessage | ApplyWhatIfMessage | ExportPacketMessage;

/**
 * What the webview keeps through `setState` (and so what the panel serializer receives after a reload):
 * the assessment shown and its what-if ratings, plus the last verdict to paint before the host answers.
 */
export interface PanelState {
  uri: string;
  whatIf: WhatIf;
  result?: ScoreResult;
  /** The file's own ratings as last seen, for showing what a what-if rating replaces. */
  fileRatings?: WhatIf;
  /** Whether "Other levels" was open. */
  othersOpen?: boolean;
}
