/** What the rendered panel can ask for; main.ts turns these into host messages and state changes. */
import type { Range, ScaleId, WhatIf } from '../panel/messages';
import type { CalibrationActions } from './calibration';

export interface Actions extends CalibrationActions {
  /** Jump to `range` in the assessment (or in the ladder, with `ladder`). */
  reveal(range: Range, target: 'assessment' | 'ladder'): void;
  setRating(competency: string, value: ScaleId | null): void;
  resetWhatIf(): void;
  applyWhatIf(): void;
  /** Export the assessment's promotion packet (the host asks which level and where). */
  exportPacket(): void;
  /** A <details> with this key was opened or closed by the user. */
  toggled(key: string, open: boolean): void;
}

/** The user interface state that survives re-rendering. */
export interface ViewState {
  whatIf: WhatIf;
  /** The file's own ratings as last seen (for "3 → 4" and for dropping what-ifs equal to the file). */
  fileRatings: Map<string, ScaleId | null>;
  /** <details> keys → open, for those the user toggled. */
  open: Map<string, boolean>;
}
