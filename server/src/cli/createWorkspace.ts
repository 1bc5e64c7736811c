import { Workspace } from '../core/workspace/workspace';
import { DiskHost } from '../node/diskHost';
import { pathToUri } from '../node/fileUris';
import { ROOTS_NAME } from './roots';

/** A workspace that reads from disk, only under `rootPaths` (see commandLineRoots), at the default size limit. */
export function createWorkspace(rootPaths: readonly string[]): Workspace {
  return new Workspace(new DiskHost({ roots: rootPaths.map(pathToUri), rootsName: ROOTS_NAME }));
}
