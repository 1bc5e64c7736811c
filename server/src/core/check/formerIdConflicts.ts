import * as l10n from '@vscode/l10n';
import type { Ref } from '../model/types';
import { itemNoun } from '../text/itemNouns';
import type { RenamableItem, RenamableList } from '../workspace/formerIds';
import { displayName } from '../workspace/paths';
import type { Report } from './report';

/** An item of a renamable list and the file that defines it. */
export interface ListItem extends RenamableItem {
  uri: string;
}

/**
 * Former ids that cannot be resolved to one item (spec: an error): the item's own id, the id of another
 * current item of the list, or one that an earlier item of the list already claims. `items` is the whole
 * list in order (a ladder's competencies: its own, then those of its includes); only the problems of the
 * items defined in `fileUri` are reported, each file reporting its own.
 */
export function checkFormerIdConflicts(
  report: Report,
  list: RenamableList,
  items: readonly ListItem[],
  fileUri: string,
): void {
  const current = new Map<string, ListItem>();
  for (const item of items) if (!current.has(item.id)) current.set(item.id, item);
  const claimedBy = new Map<string, ListItem>();
  const where = (item: ListItem) =>
    item.uri === fileUri ? '' : ` ${l10n.t('in {0}', displayName(item.uri, fileUri))}`;
  for (const item of items) {
    for (const former of item.formerly ?? []) {
      const problem = conflict(former, item, current.get(former.value), claimedBy.get(former.value), list, where);
      if (!claimedBy.has(former.value)) claimedBy.set(former.value, item);
      if (problem && item.uri === fileUri) report.add(former.span, 'error', 'former-id-conflict', problem);
    }
  }
}

function conflict(
  former: Ref,
  item: ListItem,
  holder: ListItem | undefined,
  claimant: ListItem | undefined,
  list: RenamableList,
  where: (item: ListItem) => string,
): string | undefined {
  if (former.value === item.id)
    return l10n.t(
      "'{0}' is the current id of this {1}; formerly lists only the ids it had before.",
      former.value,
      itemNoun(list),
    );
  if (holder)
    return l10n.t(
      "'{0}' is the id of a current {1}{2}, so it cannot also be a former id of '{3}'.",
      former.value,
      itemNoun(list),
      where(holder),
      item.id,
    );
  if (claimant && claimant !== item)
    return l10n.t(
      "'{0}' is already a former id of {1} '{2}'{3}; a former id belongs to one {1} only.",
      former.value,
      itemNoun(list),
      claimant.id,
      where(claimant),
    );
  return undefined;
}
