import { DEFAULT_MAX_FILE_CHARS } from '../core/parse/parseYaml';
import { DiskHost } from '../core/workspace/host';
import { Workspace } from '../core/workspace/workspace';

/**
 * A workspace that reads from disk. Files up to three bytes per character of the parser's limit are
 * read, so that an oversized file gets the parser's own diagnostic; anything larger is refused unread.
 */
export function createWorkspace(): Workspace {
  return new Workspace(diskHost());
}

/** The host `createWorkspace` reads with, for commands that make workspaces over other hosts too. */
export function diskHost(): DiskHost {
  return new DiskHost(MAX_FILE_BYTES);
}

/** Files up to three bytes per character of the parser's limit are read (see createWorkspace). */
export const MAX_FILE_BYTES = DEFAULT_MAX_FILE_CHARS * 3;
