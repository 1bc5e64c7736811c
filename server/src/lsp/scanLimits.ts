/** What a scan of the workspace folders leaves out, on disk and through the client alike. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', 'dist', 'out', 'build', 'coverage']);
export const MAX_FILES = 20_000;
export const MAX_DEPTH = 32;
