import * as l10n from '@vscode/l10n';
import type { Assessment } from '../model/types';
import { focusLevelIds } from '../score/scoreAssessment';
import { yamlId } from '../text/yamlText';
import { currentId, type LadderContext } from '../workspace/ladderContext';
import type { QuickFix } from '../types';
import type { Report } from './report';
import { formatNumber } from '../text/numbers';

/** Each level's expected competencies, by the ids the ladder knows them by now: the same for every assessment. */
const expectedByContext = new WeakMap<LadderContext, Map<string, readonly string[]>>();

function expectedIds(context: LadderContext, levelId: string): readonly string[] {
  let byLevel = expectedByContext.get(context);
  if (!byLevel) expectedByContext.set(context, (byLevel = new Map()));
  let ids = byLevel.get(levelId);
  if (!ids) {
    ids = context.levels
      .get(levelId)!
      .expectations.map((expectation) => currentId(context, 'competency', expectation.competency.value))
      .filter((id) => context.competencies.has(id));
    byLevel.set(levelId, ids);
  }
  return ids;
}

/** The competencies that the next and target levels expect but the assessment does not rate, in ladder order. */
export function missingRatings(assessment: Assessment, context: LadderContext): string[] {
  // Indexed loops, as in checkFactReferences: this runs for every assessment.
  const ratings = assessment.ratings;
  const rated = new Set<string>();
  for (let i = 0; i < ratings.length; i++) rated.add(currentId(context, 'competency', ratings[i]!.competency.value));
  const missing = new Set<string>();
  const levelIds = focusLevelIds(assessment, context);
  for (let l = 0; l < levelIds.length; l++) {
    const expected = expectedIds(context, levelIds[l]!);
    for (let i = 0; i < expected.length; i++) if (!rated.has(expected[i]!)) missing.add(expected[i]!);
  }
  return [...missing];
}

/**
 * Information when the next or target levels expect competencies the assessment does not rate. Its quick
 * fix is worked out when the editor asks (missingRatingsFixes): the command line reports this on most
 * files and never reads a fix.
 */
export function checkMissingRatings(assessment: Assessment, context: LadderContext, report: Report): void {
  const names = missingRatings(assessment, context);
  if (names.length === 0) return;
  const anchor = assessment.ratingsKeySpan ?? assessment.target?.span ?? assessment.level?.span;
  if (!anchor) return;
  const shown =
    names.length > 5
      ? l10n.t('{0} and {1} more', names.slice(0, 5).join(', '), formatNumber(names.length - 5))
      : names.join(', ');
  report.add(
    anchor,
    'info',
    'missing-ratings',
    l10n.t('Not rated yet, but expected by your next or target levels: {0}.', shown),
  );
}

/** The quick fix of the missing-ratings finding: adds every missing competency to the ratings. */
export function missingRatingsFixes(assessment: Assessment, context: LadderContext, text: string): QuickFix[] {
  const names = missingRatings(assessment, context);
  if (names.length === 0) return [];
  return [
    {
      title:
        names.length === 1
          ? l10n.t('Add the missing rating')
          : l10n.t('Add the {0} missing ratings', formatNumber(names.length)),
      edits: [insertRatings(assessment, text, names)],
      preferred: true,
    },
  ];
}

/**
 * An edit that adds `id:` lines (ids quoted as YAML needs) (values left to fill) at the end of the ratings mapping (`, id: ` in a
 * flow mapping), or a new `ratings:` block; in the text's own line ending.
 */
export function insertRatings(
  assessment: Assessment,
  text: string,
  ids: string[],
): { span: { start: number; end: number }; newText: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const last = assessment.ratings[assessment.ratings.length - 1];
  if (last && assessment.ratingsSpan && isFlow(text, assessment.ratingsSpan.start)) {
    return {
      span: { start: last.span.end, end: last.span.end },
      newText: ids.map((id) => `, ${yamlId(id)}: `).join(''),
    };
  }
  if (last && assessment.ratingsSpan) {
    const indent = columnOf(text, last.span.start);
    const at = endOfLine(text, contentEnd(text, last.span));
    return {
      span: { start: at, end: at },
      newText: ids.map((id) => `${eol}${' '.repeat(indent)}${yamlId(id)}:`).join(''),
    };
  }
  if (assessment.ratingsKeySpan && (!assessment.ratingsSpan || assessment.ratings.length === 0)) {
    const indent = columnOf(text, assessment.ratingsKeySpan.start) + 2;
    const start = assessment.ratingsKeySpan.end + 1;
    const end = assessment.ratingsSpan ? assessment.ratingsSpan.end : start;
    return {
      span: { start, end: Math.max(start, end) },
      newText: ids.map((id) => `${eol}${' '.repeat(indent)}${yamlId(id)}:`).join(''),
    };
  }
  const at = text.length;
  const prefix = text.endsWith('\n') || text.length === 0 ? '' : eol;
  return {
    span: { start: at, end: at },
    newText: `${prefix}ratings:${eol}${ids.map((id) => `  ${yamlId(id)}:`).join(eol)}${eol}`,
  };
}

/** The end of a span without the line breaks and spaces a block value's range ends with. */
function contentEnd(text: string, span: { start: number; end: number }): number {
  let end = span.end;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return offset - lineStart;
}

function endOfLine(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function isFlow(text: string, offset: number): boolean {
  return text.charAt(offset) === '{';
}
