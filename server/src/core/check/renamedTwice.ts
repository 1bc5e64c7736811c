import * as l10n from '@vscode/l10n';
import type { Ref } from '../model/types';
import { capitalNoun } from '../text/itemNouns';
import type { RenamableList } from '../workspace/formerIds';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import type { Report } from './report';

/** What a file does with the item a key names, as the message about naming it twice says (the comment tells the
 * translation apart from the same word elsewhere). */
export type UseOfItem = 'waived' | 'rated' | 'recorded' | 'given a value' | 'expected';

function useText(use: UseOfItem): string {
  switch (use) {
    case 'waived':
      return l10n.t({ message: 'waived', comment: ['as in: Competency x is rated twice'] });
    case 'rated':
      return l10n.t({ message: 'rated', comment: ['as in: Competency x is rated twice'] });
    case 'recorded':
      return l10n.t({ message: 'recorded', comment: ['as in: Competency x is rated twice'] });
    case 'given a value':
      return l10n.t({ message: 'given a value', comment: ['as in: Competency x is rated twice'] });
    case 'expected':
      return l10n.t({ message: 'expected', comment: ['as in: Competency x is rated twice'] });
  }
}

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
  use: UseOfItem,
): void {
  // without former ids, two keys name the same item only when written the same
  if (context.formerIds[list].size === 0) return;
  const first = new Map<string, Ref>();
  for (const ref of refs) {
    const id = currentId(context, list, ref.value);
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, ref);
      continue;
    }
    if (earlier.value === ref.value) continue;
    const former = (written: string) => (written === id ? `'${written}'` : l10n.t("'{0}' (its former id)", written));
    report.add(
      ref.span,
      'error',
      code,
      l10n.t(
        "{0} '{1}' is {2} twice: as {3} and as {4}. Keep one.",
        capitalNoun(list),
        id,
        useText(use),
        former(earlier.value),
        former(ref.value),
      ),
    );
  }
}
