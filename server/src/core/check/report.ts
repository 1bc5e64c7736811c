import type { Ref } from '../model/types';
import { didYouMean } from '../text/suggest';
import { yamlId } from '../text/yamlText';
import type { LadderDiagnostic, QuickFix, Severity, Span } from '../types';
import { Suggester, type Ids } from './suggestions';

/** The preferred quick fix that writes `newText`, the text of `suggestion` in YAML, over `span`. */
export function changeTo(span: Span, suggestion: string, newText: string): QuickFix[] {
  return [{ title: `Change to '${suggestion}'`, edits: [{ span, newText }], preferred: true }];
}

/** Collects diagnostics for one file. */
export class Report {
  readonly diagnostics: LadderDiagnostic[] = [];
  private readonly suggester = new Suggester();

  add(span: Span, severity: Severity, code: string, message: string, extra: Partial<LadderDiagnostic> = {}): void {
    this.diagnostics.push({ span, severity, code, message, ...extra });
  }

  /**
   * A reference that names nothing: an error naming the value, with "did you mean" and a quick fix
   * when a close id exists.
   */
  unknown(ref: Ref, what: string, candidates: Ids, code = 'unknown-reference', hint = ''): void {
    const suggestion = this.suggester.suggest(ref.value, candidates);
    const fixes = suggestion === undefined ? undefined : changeTo(ref.span, suggestion, yamlId(suggestion));
    this.add(
      ref.span,
      'error',
      code,
      `Unknown ${what} '${ref.value}'.${didYouMean(suggestion)}${hint}`,
      fixes ? { fixes } : {},
    );
  }
}

/** Reports the second and later uses of each id in a list. */
export function reportDuplicates<T>(
  report: Report,
  items: readonly T[],
  id: (item: T) => { key: string; span: Span } | undefined,
  what: string,
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
        `Duplicate ${what} id '${found.key}': ids must be unique in their list.`,
      );
    seen.add(found.key);
  }
}
