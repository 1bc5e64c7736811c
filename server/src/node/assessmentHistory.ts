import { join, posix } from 'node:path';
import { createLadderService, focusVerdicts, type FileHost, type FocusVerdicts, type Workspace } from '../core';
import { pathToUri } from './fileUris';
import { CommitSnapshotHost } from './commitSnapshotHost';
import type { GitRepository } from './gitRepository';

/** One commit of an assessment's history and its verdicts then. */
export interface TimelineEntry extends FocusVerdicts {
  commit: string;
  /** Committer date, ISO 8601 with the committer's offset. */
  date: string;
  subject: string;
  /** The assessment's repository path in that commit (it may have been renamed since). */
  path: string;
}

/** Paths a file of the history names (an assessment's ladder, a ladder's includes), as repository paths. */
function referencedPaths(workspace: Workspace, root: string, path: string): string[] {
  const uri = pathToUri(join(root, path));
  const written = workspace.assessment(uri)?.ladder?.value;
  const refs = written !== undefined ? [written] : (workspace.ladder(uri)?.includes ?? []).map((ref) => ref.value);
  return refs.flatMap((ref) => {
    const resolved = posix.normalize(posix.join(posix.dirname(path), ref.replace(/\\/g, '/')));
    return resolved.startsWith('../') || resolved === '..' || posix.isAbsolute(ref) ? [] : [resolved];
  });
}

/**
 * The timeline of the assessment at `assessmentPath` (absolute, inside the repository): each commit
 * that changed it (following renames) or one of its ladder and catalogue files, oldest first, scored
 * with the files as they were at that commit, as of the commit's committer date when the assessment
 * has no `date`. Reads the history with a few `git log` and `git cat-file --batch` calls, whatever the
 * number of commits; nothing is checked out. A file's version is parsed once, however many commits
 * share it.
 */
export async function assessmentHistory(
  repository: GitRepository,
  assessmentPath: string,
  disk: FileHost,
): Promise<TimelineEntry[]> {
  const path = repository.repositoryPath(assessmentPath);
  if (path === undefined) throw new Error(`${assessmentPath} is outside the repository at ${repository.root}`);
  const versions = await repository.fileHistory(path);
  if (versions.length === 0) return [];

  const host = new CommitSnapshotHost(repository, disk);
  let day = new Date();
  const workspace = createLadderService({ host, now: () => day }).workspace;
  const show = (label: string, files: ReadonlyMap<string, string | undefined>) => {
    // Only the files that differ from what was shown before are analysed again, and as an editor's
    // change is: from the previous version, re-parsing only the part that changed when it can.
    for (const changed of host.show(label, files)) {
      const uri = pathToUri(join(repository.root, changed));
      const text = files.get(changed);
      if (text === undefined) workspace.closeDocument(uri);
      else workspace.setOpenDocument(uri, text);
    }
  };

  // The ladders it named over time: every version of the assessment, read in one batch.
  const present = versions.filter((version) => version.status !== 'D');
  const texts = await repository.readFilesAt(present);
  const ladders = new Set<string>();
  present.forEach((version, index) => {
    show(version.commit, new Map([[version.path, texts[index]?.toString('utf8')]]));
    for (const ladder of referencedPaths(workspace, repository.root, version.path)) ladders.add(ladder);
  });

  // The catalogues those ladders include are found while scoring; a catalogue found late (included only
  // by an older version of a ladder) means one more round with it.
  const catalogues = new Set<string>();
  const latest = versions[0]!.commit;
  const ladderTexts = await repository.readFilesAt([...ladders].map((ladder) => ({ commit: latest, path: ladder })));
  [...ladders].forEach((ladder, index) => {
    show(latest, new Map([[ladder, ladderTexts[index]?.toString('utf8')]]));
    for (const included of referencedPaths(workspace, repository.root, ladder)) catalogues.add(included);
  });
  const assessmentPaths = [...new Set(versions.map((version) => version.path))];
  const versionAt = new Map(versions.map((version) => [version.commit, version]));
  for (let round = 0; ; round++) {
    const commits = (await repository.log([...assessmentPaths, ...ladders, ...catalogues])).reverse();
    let current: string | undefined;
    const points: { commit: string; date: string; subject: string; path: string }[] = [];
    for (const commit of commits) {
      const version = versionAt.get(commit.commit);
      if (version) current = version.status === 'D' ? undefined : version.path;
      if (current !== undefined) points.push({ ...commit, path: current });
    }
    const files = [...ladders, ...catalogues];
    const wanted = points.flatMap((point) =>
      [point.path, ...files].map((file) => ({ commit: point.commit, path: file })),
    );
    const read = await repository.readFilesAt(wanted);
    const perPoint = files.length + 1;
    const found = new Set<string>();
    const timeline = points.map((point, index) => {
      const snapshot = new Map<string, string | undefined>();
      for (let i = 0; i < perPoint; i++)
        snapshot.set(wanted[index * perPoint + i]!.path, read[index * perPoint + i]?.toString('utf8'));
      show(point.commit.slice(0, 12), snapshot);
      day = new Date(point.date);
      const verdicts = focusVerdicts(workspace, pathToUri(join(repository.root, point.path)), day);
      for (const ladder of ladders)
        for (const included of referencedPaths(workspace, repository.root, ladder))
          if (!catalogues.has(included)) found.add(included);
      return { ...point, ...verdicts };
    });
    if (found.size === 0 || round >= 3) return timeline;
    for (const catalogue of found) catalogues.add(catalogue);
  }
}
