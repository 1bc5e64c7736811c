import { isMap, isNode, isPair, visit, type Node } from 'yaml';
import { aliasTable, walk } from '../parse/nodes';
import { DEFAULT_MAX_FILE_CHARS, looksBinary, type ParseOptions } from '../parse/parseYaml';
import { measureStructure, valueBudget } from '../parse/structure';
import { withLineFeeds } from '../text/lineBreaks';
import { textDelta } from '../text/textDelta';
import { analyzeParsed, type AnalyzedFile } from './analyzeFile';
import type { SpliceContext, SplicePlan } from './splice';
import { listOfChange, planListSplice } from './spliceListItems';
import { planPairSplice } from './splicePairs';

function shiftRange(node: Node, from: number, by: number): void {
  const range = node.range;
  if (!range) return;
  node.range = [
    range[0] >= from ? range[0] + by : range[0],
    range[1] >= from ? range[1] + by : range[1],
    range[2] >= from ? range[2] + by : range[2],
  ];
}

/** Applies a checked plan: later ranges move by the change in length, the new nodes' by where they start. */
function applyPlan(context: SpliceContext, plan: SplicePlan): void {
  const isAncestor = new Set<unknown>(plan.ancestors);
  walk(context.doc, (node) => {
    if (!isAncestor.has(node)) shiftRange(node, plan.oldEnd, context.lengthDelta);
  });
  plan.ancestors.forEach((node, index) => {
    if (node.range) node.range = plan.newRanges[index]!;
  });
  const shift = { Node: (_key: unknown, node: Node) => shiftRange(node, 0, plan.lineStart) };
  for (const node of plan.newNodes) {
    const roots = isPair(node) ? [node.key, node.value] : [node];
    for (const root of roots) if (isNode(root)) visit(root, shift);
  }
  plan.replace();
}

/**
 * Re-analyses `text`, a new version of `previous.text`, by re-parsing only the part of the file that
 * the change touches and splicing it into the previous document: the items of the top-level list it
 * starts in (`planListSplice`), or else the top-level entries (`planPairSplice`). Schema validation and the
 * model are redone on the whole document. Returns undefined whenever that could differ from a full
 * analysis; then the caller parses in full. The result equals `analyzeFile(uri, text)` (diagnostics,
 * model, node ranges); `previous`'s document is taken over and must not be used afterwards.
 *
 * Besides what each plan declines, it declines when the previous parse had any problem or any alias,
 * or when the new text would be refused before parsing (size, binary, nesting, number of values).
 */
export function reanalyze(
  previous: AnalyzedFile,
  newText: string,
  options: ParseOptions = {},
): AnalyzedFile | undefined {
  const text = withLineFeeds(newText); // as parseYaml reads it
  const doc = previous.parsed.doc;
  if (
    !doc ||
    !previous.model ||
    previous.parsed.diagnostics.length > 0 ||
    doc.errors.length > 0 ||
    doc.warnings.length > 0
  )
    return undefined;
  if (aliasTable(doc).size > 0) return undefined;
  const limit = options.maxFileChars ?? DEFAULT_MAX_FILE_CHARS;
  if (text.length > limit || looksBinary(text)) return undefined;
  const root = doc.contents;
  if (!isMap(root) || root.flow) return undefined;

  const oldText = previous.text;
  const context: SpliceContext = {
    doc,
    root,
    oldText,
    text,
    delta: textDelta(oldText, text),
    lengthDelta: text.length - oldText.length,
  };
  // A change inside a list that its items cannot take is not retried as the whole top-level entry: that
  // would parse most of a big file only to fall back to a full analysis when the items have an error.
  const list = listOfChange(context);
  const plan = list ? planListSplice(context, list) : planPairSplice(context);
  if (!plan) return undefined;
  // Refusals before parsing that a full analysis would make.
  const structure = measureStructure(text);
  if (structure.tooDeep || structure.values > valueBudget(limit)) return undefined;

  applyPlan(context, plan);
  return analyzeParsed(previous.uri, text, { text, doc, diagnostics: [] });
}
