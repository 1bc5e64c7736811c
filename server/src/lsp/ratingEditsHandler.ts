import type { RatingEditsParams, RatingEditsResult } from '../protocol';
import type { LadderService } from '../core';
import { lineMapOf, toRange } from './positions';

/**
 * Answers the rating edits request from the server's copy of the document: `open` is the editor's document
 * as the server has it (its version and text), when it is open.
 */
export function handleRatingEdits(
  service: LadderService,
  uri: string,
  params: RatingEditsParams,
  open: { version: number; text: string } | undefined,
): RatingEditsResult {
  const analyzed = service.workspace.file(uri).analyzed;
  // Only what the protocol allows: a scale id (a finite number or a string) or null, by competency id.
  const ratings = Object.fromEntries(
    Object.entries(typeof params.ratings === 'object' && params.ratings !== null ? params.ratings : {}).filter(
      ([, value]) =>
        value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
    ),
  );
  const plan = service.ratingEdits(uri, ratings);
  const map = analyzed ? lineMapOf(analyzed) : undefined;
  return {
    edits: map ? plan.edits.map((edit) => ({ range: toRange(map, edit.span), newText: edit.newText })) : [],
    version: open && open.text === analyzed?.text ? open.version : null,
    skipped: plan.skipped,
  };
}
