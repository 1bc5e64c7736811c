// The diagnostics of each file of the workspace: syntax, schema and the cross-file checks, cached by the day
// and the stamps of the files they read; and a file's errors alone, without the checks that only inform.
import * as l10n from '@vscode/l10n';
import { checkAssessment } from '../check/checkAssessment';
import { checkCatalogue } from '../check/checkCatalogue';
import { checkLadder } from '../check/checkLadder';
import type { AnalyzedFile } from '../model/analyzeFile';
import { todayDay } from '../model/dates';
import { outside } from '../parse/parseYaml';
import type { LadderDiagnostic } from '../types';
import type { FileStore } from './fileStore';
import { includeTargets } from './includeTargets';
import type { LadderContext } from './ladderContext';
import type { LadderContexts } from './ladderContexts';
import { displayName, normalizeUri, resolveReference } from './paths';
import type { ReferenceIndexes } from './referenceIndexes';
import type { ReviewLookups } from './reviewLookups';
import { stampSignature, StampedCache } from './stampedCache';

export class WorkspaceDiagnostics {
  private readonly cache: StampedCache<LadderDiagnostic[]>;

  constructor(
    private readonly files: FileStore,
    private readonly contexts: LadderContexts,
    private readonly indexes: ReferenceIndexes,
    private readonly reviews: ReviewLookups,
  ) {
    this.cache = new StampedCache(files);
  }

  /** Every diagnostic of a file: syntax, schema and the cross-file semantic checks. */
  diagnostics(uri: string): LadderDiagnostic[] {
    const key = normalizeUri(uri);
    const analyzed = this.files.file(key).analyzed;
    if (!analyzed) return [];
    const cached = this.cachedDiagnostics(key, analyzed);
    if (cached) return cached;
    const result = this.collectDiagnostics(key, analyzed, false);
    this.cache.set(key, this.diagnosticSignature(key, analyzed), result);
    return result;
  }

  /**
   * The errors of a file: its diagnostics' errors when those are known, else found without the checks
   * that only inform (an assessment's missing ratings), which a report of errors over a whole team
   * would otherwise pay for every file.
   */
  errors(uri: string): LadderDiagnostic[] {
    const key = normalizeUri(uri);
    const analyzed = this.files.file(key).analyzed;
    if (!analyzed) return [];
    const found = this.cachedDiagnostics(key, analyzed) ?? this.collectDiagnostics(key, analyzed, true);
    return found.filter((d) => d.severity === 'error');
  }

  /** Drops a file's cached diagnostics. */
  forget(key: string): void {
    this.cache.delete(key);
  }

  hasErrors(uri: string): boolean {
    return this.diagnostics(uri).some((d) => d.severity === 'error');
  }

  /** Diagnostics depend on the day (dates in the future, time at level) and on the files they read. */
  private diagnosticSignature(key: string, analyzed: AnalyzedFile): string {
    return `${todayDay(this.files.now())}|${stampSignature(this.files, this.diagnosticDependencies(key, analyzed))}`;
  }

  private cachedDiagnostics(key: string, analyzed: AnalyzedFile): LadderDiagnostic[] | undefined {
    const cached = this.cache.entry(key);
    if (!cached) return undefined;
    const today = `${todayDay(this.files.now())}|`;
    return cached.signature.startsWith(today) &&
      this.cache.isValid(cached, () => this.diagnosticSignature(key, analyzed))
      ? cached.value
      : undefined;
  }

  private collectDiagnostics(key: string, analyzed: AnalyzedFile, errorsOnly: boolean): LadderDiagnostic[] {
    const semantic = this.semanticDiagnostics(key, analyzed, { errorsOnly });
    const result = [...analyzed.diagnostics, ...outside(semantic, analyzed.damaged)];
    return result.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  }

  /** The files whose contents a file's diagnostics depend on, itself first. */
  private diagnosticDependencies(key: string, analyzed: AnalyzedFile): (string | undefined)[] {
    const model = analyzed.model;
    if (model?.kind === 'Ladder') return [key, ...includeTargets(model).list];
    if (model?.kind === 'SelfAssessment') {
      const ladderUri = model.ladder && resolveReference(key, model.ladder.value);
      const ladder = ladderUri ? this.files.ladder(ladderUri) : undefined;
      return [key, ladderUri, ...(ladder ? includeTargets(ladder).list : [])];
    }
    if (model?.kind === 'Competencies') {
      // Its competencies are checked against the scale of each ladder including it, and its former ids (as
      // checkCatalogue does, only when it has some) against every competency of those ladders, so against
      // the other catalogues they include as well: a ladder of n catalogues would otherwise cost n² here.
      const ladders = this.indexes.laddersIncluding(key);
      if (!model.competencies.some((competency) => (competency.formerly?.length ?? 0) > 0)) return [key, ...ladders];
      const dependencies: (string | undefined)[] = [key, ...ladders];
      for (const ladderUri of ladders) {
        const ladder = this.files.ladder(ladderUri);
        if (ladder) for (const included of includeTargets(ladder).list) dependencies.push(included);
      }
      return dependencies;
    }
    if (model?.kind === 'Review') return this.reviews.reviewDependencies(model);
    return [key];
  }

  private semanticDiagnostics(
    uri: string,
    analyzed: AnalyzedFile,
    options: { errorsOnly?: boolean } = {},
  ): LadderDiagnostic[] {
    const model = analyzed.model;
    if (!model) return [];
    if (model.kind === 'Ladder') {
      const context = this.contexts.ladderContext(uri);
      return context ? checkLadder(context) : [];
    }
    if (model.kind === 'Competencies') {
      const contexts = this.indexes
        .laddersIncluding(uri)
        .map((ladderUri) => this.contexts.ladderContext(ladderUri))
        .filter((c): c is LadderContext => c !== undefined);
      return checkCatalogue(model, contexts);
    }
    if (model.kind === 'Review') return this.reviews.reviewDiagnostics(model, this);
    const { context, problem, uri: ladderUri } = this.contexts.assessmentLadder(model);
    const result = checkAssessment(model, context, this.files.now(), options);
    if (problem) result.push(problem);
    else if (ladderUri && model.ladder && this.hasErrors(ladderUri)) {
      result.push({
        span: model.ladder.span,
        severity: 'warning',
        code: 'ladder-has-errors',
        message: l10n.t(
          'The ladder {0} has errors; this assessment is checked against what could be read of it.',
          displayName(ladderUri, uri),
        ),
      });
    }
    return result;
  }
}
