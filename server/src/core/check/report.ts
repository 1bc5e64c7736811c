import * as l10n from '@vscode/l10n';
import type { Ref } from '../model/types';
import { capitalNoun, itemNoun, type ItemKind } from '../text/itemNouns';
import { didYouMean } from '../text/suggest';
import { yamlId } from '../text/yamlText';
import type { LadderDiagnostic, QuickFix, Severity, Span, TextEdit } from '../types';
import type { RenamableList } from '../workspace/formerIds';
import { currentIds, resolveId, type LadderContext } from '../workspace/ladderContext';
import { Suggester, type Ids } from './suggestions';
import { formatNumber } from '../text/numbers';

/** The preferred quick fix that writes `newText`, the text of `suggestion` in YAML, over `span`. */
export function changeTo(span: Span, suggestion: string, newText: string): QuickFix[] {
  return [{ title: l10n.t("Change to '{0}'", suggestion), edits: [{ span, newText }], preferred: true }];
}

interface RenamedReference {
  diagnostic: LadderDiagnostic;
  list: RenamableList;
  former: string;
  current: string;
  edit: TextEdit;
}

/** Collects diagnostics for one file. */
export class Report {
  readonly diagnostics: LadderDiagnostic[] = [];
  private readonly suggester = new Suggester();
  private readonly renamed: RenamedReference[] = [];

  add(span: Span, severity: Severity, code: string, message: string, extra: Partial<LadderDiagnostic> = {}): void {
    this.diagnostics.push({ span, severity, code, message, ...extra });
  }

  /**
   * A reference that names nothing: an error naming the value, with "did you mean" and a quick fix
   * when a close id exists.
   */
  unknown(ref: Ref, what: ItemKind, candidates: Ids, code = 'unknown-reference', hint = ''): void {
    const suggestion = this.suggester.suggest(ref.value, candidates);
    const fixes = suggestion === undefined ? undefined : changeTo(ref.span, suggestion, yamlId(suggestion));
    this.add(
      ref.span,
      'error',
      code,
      `${l10n.t("Unknown {0} '{1}'.", itemNoun(what), ref.value)}${didYouMean(suggestion)}${hint}`,
      fixes ? { fixes } : {},
    );
  }

  /**
   * A reference to an item of `list`: fine when it names a current item, a `renamed-id` warning when it
   * names a former one (`formerly`), else an unknown reference. Returns the current id it resolves to.
   */
  reference(ref: Ref, list: RenamableList, context: LadderContext, hint = ''): string | undefined {
    const resolved = resolveId(context, list, ref.value);
    if (!resolved) {
      this.unknown(ref, list, currentIds(context, list), 'unknown-reference', hint);
      return undefined;
    }
    if (resolved.renamedFrom !== undefined) {
      const diagnostic: LadderDiagnostic = {
        span: ref.span,
        severity: 'warning',
        code: 'renamed-id',
        message: l10n.t("{0} '{1}' was renamed to '{2}'.", capitalNoun(list), ref.value, resolved.id),
        renamed: { former: ref.value, current: resolved.id },
      };
      this.diagnostics.push(diagnostic);
      this.renamed.push({
        diagnostic,
        list,
        former: ref.value,
        current: resolved.id,
        edit: { span: ref.span, newText: yamlId(resolved.id) },
      });
    }
    return resolved.id;
  }

  /**
   * Gives each `renamed-id` warning its quick fixes, once every check has run: one that replaces every
   * reference to the same former id in the file, and, when the file refers to several former ids, one
   * that replaces them all. Each fix is a single edit list.
   */
  linkRenameFixes(): void {
    const groups = new Map<string, RenamedReference[]>();
    for (const reference of this.renamed) {
      const key = `${reference.list}\u0000${reference.former}`;
      const group = groups.get(key) ?? [];
      group.push(reference);
      groups.set(key, group);
    }
    const byStart = (a: TextEdit, b: TextEdit) => a.span.start - b.span.start;
    const all: QuickFix | undefined =
      groups.size > 1
        ? {
            title: l10n.t(
              'Replace all {0} former ids in this file with the current ones',
              formatNumber(this.renamed.length),
            ),
            edits: this.renamed.map((r) => r.edit).sort(byStart),
          }
        : undefined;
    for (const group of groups.values()) {
      const { former, current } = group[0]!;
      const fix: QuickFix = {
        title:
          group.length === 1
            ? l10n.t("Replace '{0}' with '{1}'", former, current)
            : l10n.t("Replace '{0}' with '{1}' ({2} places in this file)", former, current, formatNumber(group.length)),
        edits: group.map((r) => r.edit).sort(byStart),
        preferred: true,
      };
      for (const reference of group) reference.diagnostic.fixes = all ? [fix, all] : [fix];
    }
  }
}

/** Reports the second and later uses of each id in a list. */
export function reportDuplicates<T>(
  report: Report,
  items: readonly T[],
  id: (item: T) => { key: string; span: Span } | undefined,
  what: ItemKind,
): void {
  const seen = new Set<string>();
  for (const item of items) {
    const found = id(item);
    if (!found) continue;
    if (seen.has(found.key))
      report.add(
        found.span,
        'error',
        'duplicate-id',
        l10n.t("Duplicate {0} id '{1}': ids must be unique in their list.", itemNoun(what), found.key),
      );
    seen.add(found.key);
  }
}
