import { createLadderService, type LadderService } from '../core';
import { DiskHost, nodeFileSystem } from '../node/diskHost';
import { pathToUri } from '../node/fileUris';
import { ReadOnceHost } from './readOnceHost';
import { ROOTS_NAME } from './roots';

/**
 * The language service over the disk, reading only under `rootPaths` (see commandLineRoots), at the
 * default size limit, each file once. `realPaths` are real paths a folder listing already resolved
 * (collectFiles): a read of those paths checks that one against the roots instead of asking the
 * system again, and still opens it without following a link swapped in since.
 */
export function createCliService(
  rootPaths: readonly string[],
  realPaths: ReadonlyMap<string, string> = new Map(),
): LadderService {
  const fileSystem = {
    ...nodeFileSystem,
    realpath: (path: string) => realPaths.get(path) ?? nodeFileSystem.realpath(path),
  };
  const disk = new DiskHost({ roots: rootPaths.map(pathToUri), rootsName: ROOTS_NAME, fileSystem });
  return createLadderService({ host: new ReadOnceHost(disk) });
}
