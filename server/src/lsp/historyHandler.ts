import * as l10n from '@vscode/l10n';
import type { FileHost } from '../core';
import { uriToPath } from '../node/fileUris';
import { assessmentHistory } from '../node/assessmentHistory';
import type { HeadSnapshots } from '../node/headSnapshots';
import type { AssessmentHistoryResult } from '../protocol';
import type { UriMap } from './uriMap';

const KEPT = 20;

/**
 * Answers `ladder/history` for the eligibility panel's timeline with the same code as `ladder history`.
 * A timeline depends on the commits only, so it is computed once per assessment and HEAD commit.
 */
export class HistoryHandler {
  private readonly cache = new Map<string, Promise<AssessmentHistoryResult>>();

  constructor(
    private readonly snapshots: HeadSnapshots,
    private readonly disk: FileHost,
    private readonly uris: UriMap,
  ) {}

  async history(uri: string): Promise<AssessmentHistoryResult> {
    const clientUri = this.uris.toClient(uri);
    const head = await this.snapshots.headOf(uri);
    if ('reason' in head) return { uri: clientUri, points: [], unavailable: head.reason };
    const key = `${head.commit}\u0000${uri}`;
    let result = this.cache.get(key);
    if (!result) {
      result = this.compute(uri, clientUri, head.repository);
      this.cache.set(key, result);
      while (this.cache.size > KEPT) this.cache.delete(this.cache.keys().next().value!);
      result.catch(() => this.cache.delete(key));
    }
    return result;
  }

  private async compute(
    uri: string,
    clientUri: string,
    repository: Parameters<typeof assessmentHistory>[0],
  ): Promise<AssessmentHistoryResult> {
    const path = uriToPath(uri);
    if (path === undefined || repository.repositoryPath(path) === undefined)
      return { uri: clientUri, points: [], unavailable: l10n.t('the file is outside the repository') };
    const timeline = await assessmentHistory(repository, path, this.disk);
    return {
      uri: clientUri,
      points: timeline.map((entry) => ({
        commit: entry.commit,
        date: entry.date,
        subject: entry.subject,
        levels: entry.levels,
        ...(entry.problem !== undefined ? { problem: entry.problem } : {}),
      })),
    };
  }
}
