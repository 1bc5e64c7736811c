/** The options every parse of a ladder file uses (the incremental re-parse of an item, and the fast path, too). */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false, strict: true } as const;
