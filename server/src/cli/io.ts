/** The world the commands see: where they run, how they write, and whether colour is wanted. */
export interface CliIo {
  readonly cwd: string;
  /** Colour on standard output: only on a terminal, and never when NO_COLOR is set. */
  readonly color: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** Colour follows https://no-color.org: a non-empty NO_COLOR turns it off. */
export function wantsColor(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  return isTTY === true && !env['NO_COLOR'];
}

export function processIo(): CliIo {
  const color = wantsColor(process.stdout.isTTY, process.env);
  return {
    cwd: process.cwd(),
    color,
    // Every format escapes the text from files itself (core/text/escapeText.ts), before any colour.
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
  };
}
