import * as l10n from '@vscode/l10n';
import type { CodeLens } from 'vscode-languageserver-protocol';
import {
  BaseVerdicts,
  changeReasons,
  displayName,
  editImpact,
  formatNumber,
  planLevels,
  verdictChangeText,
  type LadderService,
  type LevelChange,
  type LevelPlan,
  type Workspace,
} from '../core';
import type { LadderImpactEntry, LadderImpactResult } from '../protocol';
import { isNoSnapshot, type CommittedVersions } from './platform';
import { lineMapOf } from './positions';
import { yieldToEventLoop } from './scheduler';
import type { UriMap } from './uriMap';

/** The client command a lens runs: lists who the change affects (client/src/commands/showImpact.ts). */
export const SHOW_IMPACT_COMMAND = 'ladder.showImpact';

/** The longest the computation runs before it lets other messages through. */
const SLICE_MS = 8;
/** How long a lens request waits for the debounced analysis of the document it is about. */
const ANALYSIS_WAIT_MS = 5000;

interface PersonChange {
  assessmentUri: string;
  person: string;
  change: LevelChange;
}

interface LadderImpact {
  ladderUri: string;
  plan: Exclude<LevelPlan, { kind: 'unchanged' }>;
  people: PersonChange[];
}

interface ImpactResult {
  base?: { label: string; commit: string };
  unavailable?: string;
  ladders: LadderImpact[];
}

/**
 * Live impact of an edited ladder or catalogue: which people's verdicts the edits change, compared with
 * the file's committed version (HEAD, read through git by HeadSnapshots). Computed after the debounced
 * analysis, in slices that let other messages through, abandoned when anything changes meanwhile; shown
 * as code lenses above the changed levels and listed by the `ladder/impact` request. Without git (no
 * repository, a virtual workspace, git missing) there are no lenses, and the log says why, once.
 */
export class LiveImpact {
  private generation = 0;
  private readonly results = new Map<string, { generation: number; result: Promise<ImpactResult | undefined> }>();
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly lensDocuments = new Set<string>();
  private readonly said = new Set<string>();
  private readonly base = new BaseVerdicts();
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly service: LadderService,
    private readonly snapshots: CommittedVersions,
    private readonly uris: UriMap,
    private readonly log: (message: string) => void,
    private readonly refreshLenses: (() => void) | undefined,
  ) {}

  private get workspace(): Workspace {
    return this.service.workspace;
  }

  /** A file changed (in the editor or on disk): every result is stale. */
  changed(): void {
    this.generation++;
  }

  /** The editor closed a document: its lenses are no longer kept up to date. */
  closed(uri: string): void {
    this.lensDocuments.delete(uri);
    this.results.delete(uri);
  }

  /**
   * The debounced analysis of `uri` is published: a lens request waiting for it goes on, and the
   * lenses shown for ladders and catalogues are recomputed, then the client is asked to fetch them again.
   */
  analysed(uri: string): void {
    for (const resume of this.waiting.get(uri) ?? []) resume();
    this.waiting.delete(uri);
    if (!this.refreshLenses || this.lensDocuments.size === 0) return;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void Promise.all([...this.lensDocuments].map((document) => this.result(document))).then(() =>
        this.refreshLenses?.(),
      );
    }, 50);
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const resumes of this.waiting.values()) for (const resume of resumes) resume();
    this.waiting.clear();
  }

  /** Waits until the editor's latest text of `uri` has been analysed by the diagnostics job (never analyses it here). */
  private whenAnalysed(uri: string): Promise<void> {
    if (this.workspace.latestAnalysis(uri).pendingText === undefined) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ANALYSIS_WAIT_MS);
      const list = this.waiting.get(uri) ?? [];
      list.push(() => {
        clearTimeout(timer);
        resolve();
      });
      this.waiting.set(uri, list);
    });
  }

  /** The impact of `uri` as it stands, computed once per state of the workspace; undefined when it kept changing. */
  private async result(uri: string): Promise<ImpactResult | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.whenAnalysed(uri);
      const cached = this.results.get(uri);
      const generation = this.generation;
      const result = cached?.generation === generation ? cached.result : this.compute(uri, generation);
      this.results.set(uri, { generation, result });
      const done = await result;
      // Without git now is not without git for ever (a `git init`, a first commit): ask again next time.
      if (done?.unavailable !== undefined && done.ladders.length === 0 && this.results.get(uri)?.result === result)
        this.results.delete(uri);
      if (done) return done;
    }
    return undefined;
  }

  private sayOnce(key: string, message: string): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    this.log(message);
  }

  private async compute(uri: string, generation: number): Promise<ImpactResult | undefined> {
    const snapshot = await this.snapshots.forUri(uri);
    if (this.generation !== generation) return undefined;
    if (isNoSnapshot(snapshot)) {
      this.sayOnce(snapshot.key, `Ladder impact lenses are off: ${snapshot.reason}.`);
      return { unavailable: snapshot.reason, ladders: [] };
    }
    const live = this.workspace;
    const kind = live.kindOf(uri);
    const ladderUris = kind === 'Ladder' ? [uri] : kind === 'Competencies' ? live.laddersIncluding(uri) : [];
    const textOf = (workspace: Workspace) => (fileUri: string) => workspace.file(fileUri).analyzed?.text;
    const result: ImpactResult = { base: { label: 'HEAD', commit: snapshot.commit }, ladders: [] };
    const today = this.service.now();
    let sliceStart = performance.now();
    for (const ladderUri of ladderUris) {
      const after = live.ladderContext(ladderUri);
      const before = snapshot.workspace.ladderContext(ladderUri);
      if (!after) continue;
      if (!before) {
        result.unavailable ??= l10n.t('{0} has no committed version at HEAD', displayName(ladderUri));
        continue;
      }
      const plan = planLevels(
        { context: before, textOf: textOf(snapshot.workspace) },
        { context: after, textOf: textOf(live) },
      );
      if (plan.kind === 'unchanged') continue;
      const people: PersonChange[] = [];
      for (const assessmentUri of live.assessmentsOf(ladderUri)) {
        if (performance.now() - sliceStart > SLICE_MS) {
          await yieldToEventLoop();
          if (this.generation !== generation) return undefined;
          sliceStart = performance.now();
        }
        const assessment = live.assessment(assessmentUri);
        if (!assessment) continue;
        const person = assessment.person ?? displayName(assessmentUri);
        for (const change of editImpact(assessment, before, after, plan, today, this.base))
          people.push({ assessmentUri, person, change });
      }
      result.ladders.push({ ladderUri, plan, people });
    }
    return this.generation === generation ? result : undefined;
  }

  /** Code lenses for an open ladder (above each changed level) or catalogue (at the top). */
  async lenses(uri: string): Promise<CodeLens[]> {
    this.lensDocuments.add(uri);
    let result = await this.result(uri);
    // The lenses are placed on the analysed text: never analyse a newer text here, wait for its turn.
    for (let attempt = 0; attempt < 3 && this.workspace.latestAnalysis(uri).pendingText !== undefined; attempt++)
      result = await this.result(uri);
    if (this.workspace.latestAnalysis(uri).pendingText !== undefined) return [];
    const analyzed = this.workspace.file(uri).analyzed;
    if (!result || !analyzed || result.ladders.length === 0) return [];
    const map = lineMapOf(analyzed);
    const lens = (
      offset: number,
      people: ReadonlySet<string>,
      level: string | undefined,
      prefix?: 'removed',
    ): CodeLens => {
      const line = map.position(offset).line;
      const count = people.size;
      const change =
        count === 0
          ? l10n.t('changes no verdict')
          : count === 1
            ? l10n.t('changes the verdict for 1 person')
            : l10n.t('changes the verdict for {0} people', formatNumber(count));
      const title = prefix === undefined ? change : l10n.t('Removed levels: {0}', change);
      return {
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        command: {
          title,
          command: SHOW_IMPACT_COMMAND,
          arguments: [this.uris.toClient(uri), ...(level !== undefined ? [level] : [])],
        },
      };
    };
    const own = result.ladders.find((ladder) => ladder.ladderUri === uri);
    if (!own)
      return [
        lens(0, new Set(result.ladders.flatMap((ladder) => ladder.people.map((p) => p.assessmentUri))), undefined),
      ];
    const byLevel = new Map<string, Set<string>>();
    for (const { change, assessmentUri } of own.people) {
      const people = byLevel.get(change.level) ?? new Set<string>();
      people.add(assessmentUri);
      byLevel.set(change.level, people);
    }
    const context = this.workspace.ladderContext(uri);
    const lenses: CodeLens[] = [];
    for (const level of context?.levels.values() ?? []) {
      if (level.uri !== uri || (!byLevel.has(level.id) && !own.plan.changed.has(level.id))) continue;
      lenses.push(lens(level.span.start, byLevel.get(level.id) ?? new Set(), level.id));
      byLevel.delete(level.id);
    }
    // Levels removed since HEAD have no place left in the file: one lens at the top counts them.
    const removed = new Set([...byLevel.values()].flatMap((people) => [...people]));
    if (removed.size > 0) lenses.unshift(lens(0, removed, undefined, 'removed'));
    return lenses;
  }

  /** Who the edits to `uri` change the verdict for (on one level, or on any). */
  async entries(uri: string, level?: string): Promise<LadderImpactResult> {
    const clientUri = this.uris.toClient(uri);
    const result = await this.result(uri);
    if (!result) return { uri: clientUri, unavailable: l10n.t('the file kept changing; try again'), entries: [] };
    const entries: LadderImpactEntry[] = result.ladders
      .flatMap((ladder) => ladder.people)
      .filter(({ change }) => level === undefined || change.level === level)
      .map(({ person, assessmentUri, change }) => ({
        person,
        assessmentUri: this.uris.toClient(assessmentUri),
        level: change.level,
        levelName: change.name,
        before: change.before,
        after: change.after,
        summary: verdictChangeText(change),
        reasons: changeReasons(change),
      }));
    return {
      uri: clientUri,
      ...(result.base ? { base: result.base } : {}),
      ...(result.unavailable !== undefined ? { unavailable: result.unavailable } : {}),
      entries,
    };
  }
}
