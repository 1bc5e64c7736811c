// Ladders with their includes resolved (cached until the ladder or an included file changes), and the
// ladder an assessment names, resolved or why not.
import * as l10n from '@vscode/l10n';
import type { Assessment, Ref } from '../model/types';
import { fileKindPhrase as kindPhrase } from '../text/itemNouns';
import type { LadderDiagnostic } from '../types';
import type { FileStore } from './fileStore';
import { includeTargets } from './includeTargets';
import { buildLadderContext, type LadderContext, type ResolvedInclude } from './ladderContext';
import { normalizeUri, resolveReference } from './paths';
import { stampSignature, StampedCache } from './stampedCache';

/** The ladder an assessment names: its URI and context, or the problem that keeps it from being read. */
export interface AssessmentLadder {
  uri?: string;
  context?: LadderContext;
  problem?: LadderDiagnostic;
}

export class LadderContexts {
  private readonly contexts: StampedCache<LadderContext | undefined>;

  constructor(private readonly files: FileStore) {
    this.contexts = new StampedCache(files);
  }

  /** The ladder with its includes resolved, cached until the ladder or an included file changes. */
  ladderContext(ladderUri: string): LadderContext | undefined {
    const key = normalizeUri(ladderUri);
    const ladder = this.files.ladder(key);
    if (!ladder) return undefined;
    const includeUris = includeTargets(ladder).list;
    const signature = () => stampSignature(this.files, [key, ...includeUris]);
    const cached = this.contexts.entry(key);
    if (this.contexts.isValid(cached, signature)) return cached.value;
    const diagnostics: LadderDiagnostic[] = [];
    const earlier = new Set<string | undefined>();
    const includes: ResolvedInclude[] = ladder.includes.map((ref, index) => {
      const uri = includeUris[index];
      const resolved = this.resolveInclude(key, ref, uri, earlier, diagnostics);
      earlier.add(uri);
      return resolved;
    });
    const context = buildLadderContext(ladder, includes, diagnostics);
    this.contexts.set(key, signature(), context);
    return context;
  }

  private resolveInclude(
    ladderUri: string,
    ref: Ref,
    uri: string | undefined,
    earlier: ReadonlySet<string | undefined>,
    diagnostics: LadderDiagnostic[],
  ): ResolvedInclude {
    const resolved: ResolvedInclude = { written: ref.value, span: ref.span, uri, competencies: [] };
    if (!uri) {
      diagnostics.push({
        span: ref.span,
        severity: 'error',
        code: 'include-not-found',
        message: l10n.t("Cannot resolve include '{0}'.", ref.value),
      });
      return resolved;
    }
    if (uri === ladderUri) {
      diagnostics.push({
        span: ref.span,
        severity: 'error',
        code: 'include-cycle',
        message: l10n.t('A ladder cannot include itself.'),
      });
      return resolved;
    }
    if (earlier.has(uri)) {
      diagnostics.push({
        span: ref.span,
        severity: 'warning',
        code: 'include-duplicate',
        message: l10n.t("'{0}' is already included above.", ref.value),
      });
      return resolved;
    }
    const file = this.files.fileAt(uri);
    if (file.failure) {
      diagnostics.push({
        span: ref.span,
        severity: 'error',
        code: 'include-not-found',
        message: l10n.t("Cannot include '{0}': {1}.", ref.value, file.failure.message),
      });
      return resolved;
    }
    const model = file.analyzed?.model;
    if (file.analyzed?.kind !== 'Competencies') {
      const kind = file.analyzed?.kind;
      diagnostics.push({
        span: ref.span,
        severity: 'error',
        code: kind === 'Ladder' && this.includes(uri, ladderUri) ? 'include-cycle' : 'include-wrong-kind',
        message: l10n.t("'{0}' is {1}; include takes Competencies files.", ref.value, kindPhrase(kind)),
      });
      return resolved;
    }
    if (file.analyzed.diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({
        span: ref.span,
        severity: 'warning',
        code: 'include-has-errors',
        message: l10n.t("'{0}' has errors; competencies it defines may be missing.", ref.value),
      });
    }
    // Named like a catalogue but unreadable as one (binary, too large, an alias bomb): nothing to include.
    return { ...resolved, competencies: model?.kind === 'Competencies' ? model.competencies : [] };
  }

  private includes(fromUri: string, targetUri: string): boolean {
    const ladder = this.files.ladder(fromUri);
    return !!ladder && includeTargets(ladder).set.has(targetUri);
  }

  /** The ladder an assessment names, resolved, or why not. */
  assessmentLadder(assessment: Assessment): AssessmentLadder {
    const ref = assessment.ladder;
    if (!ref) return {};
    const uri = resolveReference(assessment.uri, ref.value);
    if (!uri)
      return {
        problem: {
          span: ref.span,
          severity: 'error',
          code: 'ladder-not-found',
          message: l10n.t("Cannot resolve ladder path '{0}'.", ref.value),
        },
      };
    const file = this.files.file(uri);
    if (file.failure) {
      return {
        uri,
        problem: {
          span: ref.span,
          severity: 'error',
          code: 'ladder-not-found',
          message: l10n.t("Cannot read ladder '{0}': {1}.", ref.value, file.failure.message),
        },
      };
    }
    if (file.analyzed?.kind !== 'Ladder') {
      const kind = file.analyzed?.kind;
      return {
        uri,
        problem: {
          span: ref.span,
          severity: 'error',
          code: 'ladder-wrong-kind',
          message: l10n.t("'{0}' is {1}, not a Ladder.", ref.value, kindPhrase(kind)),
        },
      };
    }
    return { uri, context: this.ladderContext(uri) };
  }
}
