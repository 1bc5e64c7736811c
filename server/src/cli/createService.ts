import { createLadderService, type LadderService } from '../core';
import { DiskHost } from '../node/diskHost';
import { pathToUri } from '../node/fileUris';
import { ROOTS_NAME } from './roots';

/** The language service over the disk, reading only under `rootPaths` (see commandLineRoots), at the default size limit. */
export function createCliService(rootPaths: readonly string[]): LadderService {
  return createLadderService({ host: new DiskHost({ roots: rootPaths.map(pathToUri), rootsName: ROOTS_NAME }) });
}
