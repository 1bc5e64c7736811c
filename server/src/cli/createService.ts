import { createLadderService, type LadderService } from '../core';
import { DiskHost } from '../node/diskHost';
import { pathToUri } from '../node/fileUris';
import { ReadOnceHost } from './readOnceHost';
import { ROOTS_NAME } from './roots';

/**
 * The language service over the disk, reading only under `rootPaths` (see commandLineRoots), at the
 * default size limit, each file once.
 */
export function createCliService(rootPaths: readonly string[]): LadderService {
  const disk = new DiskHost({ roots: rootPaths.map(pathToUri), rootsName: ROOTS_NAME });
  return createLadderService({ host: new ReadOnceHost(disk) });
}
