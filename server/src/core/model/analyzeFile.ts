import * as l10n from '@vscode/l10n';
import { isMap, type Node } from 'yaml';
import { FILE_KINDS, kindFromFileName } from '../fileKinds';
import { asScalar, deref, findEntry, spanOf } from '../parse/nodes';
import { outside, parseYaml, type ParsedYaml, type ParseOptions } from '../parse/parseYaml';
import { ExpansionLimitError, NestingLimitError, expansionBudget, toPlain } from '../parse/toPlain';
import { validateSchema } from '../schema/validator';
import type { FileKind, LadderDiagnostic, Span } from '../types';
import { buildAssessment } from './buildAssessment';
import { buildCatalogue, buildLadder } from './buildLadder';
import { buildReview } from './buildReview';
import { Reader } from './read';
import type { Model } from './types';
import { formatGrouped, formatNumber } from '../text/numbers';

/** One file, parsed, validated against its schema and read into the model. Immutable once made. */
export interface AnalyzedFile {
  readonly uri: string;
  readonly text: string;
  readonly parsed: ParsedYaml;
  readonly kind: FileKind | undefined;
  readonly model: Model | undefined;
  /** Problems visible from this file alone: syntax, limits, kind and schema. */
  readonly diagnostics: readonly LadderDiagnostic[];
  /** The item around a mis-indented line, whose semantic findings are not reported (see ParsedYaml). */
  readonly damaged?: Span;
}

function detectKind(
  uri: string,
  root: Node | undefined,
  parsed: ParsedYaml,
  diagnostics: LadderDiagnostic[],
): FileKind | undefined {
  const fromName = kindFromFileName(uri);
  if (!parsed.doc) return fromName;
  const kindEntry = isMap(root) ? findEntry(root, 'kind') : undefined;
  const written = asScalar(parsed.doc, kindEntry?.value)?.value;
  if (typeof written === 'string' && (FILE_KINDS as readonly string[]).includes(written)) {
    const kind = written as FileKind;
    if (fromName && fromName !== kind) {
      diagnostics.push({
        span: spanOf(kindEntry?.value),
        severity: 'warning',
        code: 'kind-mismatch',
        message: l10n.t('This file is named like a {0} file but declares kind {1}; it is read as {1}.', fromName, kind),
      });
    }
    return kind;
  }
  const caseless =
    typeof written === 'string' ? FILE_KINDS.find((kind) => kind.toLowerCase() === written.toLowerCase()) : undefined;
  if (kindEntry && caseless) {
    const span = spanOf(kindEntry.value);
    diagnostics.push({
      span,
      severity: 'error',
      code: 'unknown-kind',
      message: l10n.t("Unknown kind '{0}': kinds are case-sensitive. Did you mean '{1}'?", String(written), caseless),
      fixes: [{ title: l10n.t("Change to '{0}'", caseless), edits: [{ span, newText: caseless }], preferred: true }],
    });
    return caseless;
  }
  if (kindEntry && written !== undefined && written !== null) {
    diagnostics.push({
      span: spanOf(kindEntry.value),
      severity: 'error',
      code: 'unknown-kind',
      message: l10n.t("Unknown kind '{0}'; use Ladder, Competencies, SelfAssessment or Review.", String(written)),
    });
    return undefined;
  }
  if (!isMap(root)) {
    const span = root ? spanOf(root) : { start: 0, end: Math.min(parsed.text.length, 1) };
    if (parsed.diagnostics.every((d) => d.severity !== 'error')) {
      diagnostics.push({
        span,
        severity: 'error',
        code: 'not-a-mapping',
        message: l10n.t(
          'A ladder file must be a mapping that starts with `kind: Ladder`, `kind: Competencies`, `kind: SelfAssessment` or `kind: Review`.',
        ),
      });
    }
    return undefined;
  }
  if (!fromName) {
    diagnostics.push({
      span: spanOf(root.items[0]?.key as Node | undefined),
      severity: 'error',
      code: 'missing-kind',
      message: l10n.t('Missing `kind`: say whether this is a Ladder, Competencies, SelfAssessment or Review file.'),
    });
  }
  return fromName;
}

/**
 * The same analysis without its yaml Document, for a file no editor has open: the workspace keeps
 * thousands of those, and their Documents would be most of the server's memory. The text is parsed
 * again, once, if something asks for `parsed` (an editor feature on a closed file, which is rare).
 */
export function withoutDocument(analyzed: AnalyzedFile, options: ParseOptions = {}): AnalyzedFile {
  const { uri, text, kind, model, diagnostics, damaged } = analyzed;
  let parsed: ParsedYaml | undefined;
  return {
    uri,
    text,
    kind,
    model,
    diagnostics,
    ...(damaged ? { damaged } : {}),
    get parsed(): ParsedYaml {
      parsed ??= parseYaml(text, options);
      return parsed;
    },
  };
}

/** Parses and reads one file. Never throws; every problem becomes a diagnostic. */
export function analyzeFile(uri: string, text: string, options: ParseOptions = {}): AnalyzedFile {
  const parsed = parseYaml(text, options);
  return analyzeParsed(uri, parsed.text, parsed);
}

/** Everything after the parse: kind, schema, model. `parsed` is the parse of `text`. */
export function analyzeParsed(uri: string, text: string, parsed: ParsedYaml): AnalyzedFile {
  const diagnostics: LadderDiagnostic[] = [...parsed.diagnostics];
  const root = parsed.doc ? deref(parsed.doc, parsed.doc.contents) : undefined;
  const kind = detectKind(uri, root, parsed, diagnostics);
  if (!parsed.doc || !kind || !isMap(root)) return { uri, text, parsed, kind, model: undefined, diagnostics };

  let data: unknown;
  try {
    data = parsed.plain ?? toPlain(parsed.doc, expansionBudget(text.length));
  } catch (error) {
    if (error instanceof ExpansionLimitError) {
      diagnostics.push({
        span: error.span,
        severity: 'error',
        code: 'alias-expansion',
        message: l10n.t(
          'Aliases here expand to more than {0} values (an "alias bomb"); the file was not checked further.',
          formatGrouped(error.limit),
        ),
      });
      return { uri, text, parsed, kind, model: undefined, diagnostics };
    }
    if (error instanceof NestingLimitError) {
      diagnostics.push({
        span: error.span,
        severity: 'error',
        code: 'too-deep',
        message: l10n.t(
          'Values are nested more than {0} levels deep; the file was not checked further.',
          formatNumber(error.limit),
        ),
      });
      return { uri, text, parsed, kind, model: undefined, diagnostics };
    }
    throw error;
  }
  diagnostics.push(...outside(validateSchema(kind, data, parsed.doc, text), parsed.damaged));

  const reader = new Reader(parsed.doc, uri);
  const model =
    kind === 'Ladder'
      ? buildLadder(reader, root)
      : kind === 'Competencies'
        ? buildCatalogue(reader, root)
        : kind === 'Review'
          ? buildReview(reader, root)
          : buildAssessment(reader, root);
  return { uri, text, parsed, kind, model, diagnostics, ...(parsed.damaged ? { damaged: parsed.damaged } : {}) };
}
