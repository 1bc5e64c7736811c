import type { InvalidUtf8 } from '../text/utf8';

export type ReadFailureReason =
  'not-found' | 'directory' | 'not-a-file' | 'too-large' | 'outside-workspace' | 'unreadable';

export type ReadResult = { text: string; invalidUtf8?: InvalidUtf8 } | { failure: ReadFailureReason; message: string };

/**
 * How the core reads files that the editor does not hold open. The core has no file system of its own:
 * the host decides what may be read (and says why not), and decodes the bytes (see decodeUtf8).
 */
export interface FileHost {
  read(uri: string): ReadResult;
}
