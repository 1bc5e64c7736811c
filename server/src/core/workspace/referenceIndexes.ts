// Who refers to whom among the known files: the files of each kind, the ladders by the catalogues they
// include, the assessments by the ladder they name, the reviews by the assessment they review, and from
// these the files whose diagnostics depend on a file. Each is made once per generation of the files.
import type { FileKind } from '../types';
import type { FileStore } from './fileStore';
import { includeTargets } from './includeTargets';
import { normalizeUri, relativeReference, resolveReference } from './paths';

/** The known files of one kind that refer to each file, by the URI they refer to. */
type ReferenceIndex = Map<string, string[]>;

export class ReferenceIndexes {
  private readonly kindLists = new Map<FileKind, { generation: number; uris: string[] }>();
  private readonly references = new Map<'include' | 'ladder', { generation: number; index: ReferenceIndex }>();
  private reviewIndex: { generation: number; stale: boolean; byAssessment: Map<string, string[]> } | undefined;
  /** Review → the assessments it named in the last two indexes, so that leaving one re-diagnoses its other reviews. */
  private readonly reviewTargets = new Map<string, string[]>();

  constructor(private readonly files: FileStore) {}

  filesOfKind(kind: FileKind): string[] {
    const files = this.files;
    const cached = this.kindLists.get(kind);
    if (!files.staleReads && cached?.generation === files.generation) return [...cached.uris];
    const found = [...files.knownAndOpen()]
      .filter((uri) => files.mayBeOfKind(uri, kind) && files.file(uri).analyzed?.model?.kind === kind)
      .sort();
    if (!files.staleReads) this.kindLists.set(kind, { generation: files.generation, uris: found });
    return [...found];
  }

  /** Known ladders whose include list names `catalogueUri`. */
  laddersIncluding(catalogueUri: string): string[] {
    return [...(this.referenceIndex('include').get(normalizeUri(catalogueUri)) ?? [])];
  }

  /** Known assessments whose `ladder:` names `ladderUri`. */
  assessmentsOf(ladderUri: string): string[] {
    return [...(this.referenceIndex('ladder').get(normalizeUri(ladderUri)) ?? [])];
  }

  /**
   * The known ladders by the files they include (`include`), or the known assessments by the ladder they
   * name (`ladder`); made once per generation, so that asking for each of many files costs one pass.
   */
  private referenceIndex(reference: 'include' | 'ladder'): ReferenceIndex {
    const files = this.files;
    const cached = this.references.get(reference);
    if (!files.staleReads && cached?.generation === files.generation) return cached.index;
    const index: ReferenceIndex = new Map();
    const add = (target: string | undefined, uri: string) => {
      if (!target) return;
      const list = index.get(target);
      if (list) list.push(uri);
      else index.set(target, [uri]);
    };
    if (reference === 'include') {
      for (const uri of this.filesOfKind('Ladder'))
        for (const target of includeTargets(files.ladder(uri)!).set) add(target, uri);
    } else {
      for (const uri of this.filesOfKind('SelfAssessment')) {
        const ladder = files.assessment(uri)!.ladder;
        if (ladder) add(resolveReference(uri, ladder.value), uri);
      }
    }
    if (!files.staleReads) this.references.set(reference, { generation: files.generation, index });
    return index;
  }

  /**
   * Known reviews whose `assessment:` names `assessmentUri`, ordered by their path relative to the
   * assessment's folder.
   */
  reviewsOf(assessmentUri: string): string[] {
    const key = normalizeUri(assessmentUri);
    const files = this.files;
    if (
      !this.reviewIndex ||
      this.reviewIndex.generation !== files.generation ||
      this.reviewIndex.stale !== files.staleReads
    )
      this.buildReviewIndex();
    return this.reviewIndex!.byAssessment.get(key) ?? [];
  }

  private buildReviewIndex(): void {
    const files = this.files;
    const byAssessment = new Map<string, string[]>();
    for (const reviewUri of this.filesOfKind('Review')) {
      const ref = files.review(reviewUri)!.assessment;
      const target = ref && resolveReference(reviewUri, ref.value);
      if (!target || target === reviewUri) continue;
      const list = byAssessment.get(target) ?? [];
      list.push(reviewUri);
      byAssessment.set(target, list);
      const targets = this.reviewTargets.get(reviewUri) ?? [];
      if (targets[targets.length - 1] !== target) this.reviewTargets.set(reviewUri, [...targets.slice(-1), target]);
    }
    for (const [assessmentUri, reviews] of byAssessment) {
      const paths = new Map(reviews.map((uri) => [uri, relativeReference(assessmentUri, uri)]));
      reviews.sort((a, b) => (paths.get(a)! < paths.get(b)! ? -1 : paths.get(a)! > paths.get(b)! ? 1 : 0));
    }
    this.reviewIndex = { generation: files.generation, stale: files.staleReads, byAssessment };
  }

  /** Files whose diagnostics may change when `uri` changes (not including `uri` itself). */
  dependents(uri: string): string[] {
    const files = this.files;
    const key = normalizeUri(uri);
    const including = this.referenceIndex('include').get(key) ?? [];
    const naming = this.referenceIndex('ladder');
    const result = new Set<string>();
    const kind = files.kindOf(key);
    const ladders = kind === 'Competencies' ? including : kind === 'Ladder' ? [key] : [];
    for (const ladderUri of ladders) {
      if (ladderUri !== key) result.add(ladderUri);
      for (const assessment of naming.get(ladderUri) ?? []) {
        result.add(assessment);
        for (const review of this.reviewsOf(assessment)) result.add(review);
      }
      const ladder = files.ladder(ladderUri);
      for (const included of ladder ? includeTargets(ladder).set : []) {
        if (included !== key && files.isKnown(included)) result.add(included);
      }
    }
    // A review's duplicate-reviewer warnings depend on the other reviews of what it reviews, and of what it reviewed before.
    if (kind === 'Review') {
      this.reviewsOf(key); // brings reviewTargets up to date
      for (const target of this.reviewTargets.get(key) ?? [])
        for (const review of this.reviewsOf(target)) if (review !== key) result.add(review);
    }
    // Files that refer to this one by path, also while it is missing or of another kind.
    for (const other of including) if (other !== key) result.add(other);
    for (const other of naming.get(key) ?? []) if (other !== key) result.add(other);
    for (const review of this.reviewsOf(key)) if (review !== key) result.add(review);
    return [...result].sort();
  }
}
