import { FILE_KINDS } from '../fileKinds';
import type { Span } from '../types';
import type { Workspace } from '../workspace/workspace';

/** One reference to a former id, and the current id that replaces it. */
export interface RenamedIdEdit {
  span: Span;
  former: string;
  current: string;
}

/** A file that names former ids, with the edits that name the current ids instead (in file order). */
export interface RenamedIdFile {
  uri: string;
  edits: RenamedIdEdit[];
}

/**
 * Every reference to a former id (`renamed-id`) in the files the workspace knows (of every kind that
 * refers to ladder ids), file by file, with the current id to write instead: the workspace-wide form of the quick fix.
 */
export function renamedIdEdits(workspace: Workspace): RenamedIdFile[] {
  const files: RenamedIdFile[] = [];
  for (const uri of FILE_KINDS.flatMap((kind) => workspace.filesOfKind(kind))) {
    const edits = workspace
      .diagnostics(uri)
      .flatMap((d) => (d.code === 'renamed-id' && d.renamed ? [{ span: d.span, ...d.renamed }] : []));
    if (edits.length > 0) files.push({ uri, edits: edits.sort((a, b) => a.span.start - b.span.start) });
  }
  return files.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}
