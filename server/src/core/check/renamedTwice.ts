import type { Ref } from '../model/types';
import type { RenamableList } from '../workspace/formerIds';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import type { Report } from './report';

/**
 * Keys that name the same item, one by its former id and one by its current id (or by two former
 * ids): the second one in the file is an error. Keys written the same twice are reported elsewhere.
 */
export function reportRenamedTwice(
  report: Report,
  context: LadderContext,
  list: RenamableList,
  refs: readonly Ref[],
  code: string,
  verb: string,
): void {
  const first = new Map<string, Ref>();
  for (const ref of refs) {
    const id = currentId(context, list, ref.value);
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, ref);
      continue;
    }
    if (earlier.value === ref.value) continue;
    const former = (written: string) => (written === id ? `'${written}'` : `'${written}' (its former id)`);
    report.add(
      ref.span,
      'error',
      code,
      `${list.charAt(0).toUpperCase()}${list.slice(1)} '${id}' is ${verb} twice: as ${former(earlier.value)} and as ${former(ref.value)}. Keep one.`,
    );
  }
}
