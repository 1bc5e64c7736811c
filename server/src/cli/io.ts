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

// Control characters (but tab and line feed), C1 controls, line separators and bidirectional overrides.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The only escape sequences the CLI writes itself: the colours of style.ts.
const OWN_STYLE = /^\u001b\[(?:1|2|22|3[1-69])m/;

/**
 * Text from ladder files (keys, names, file names) can hold escape sequences that would move the cursor,
 * rewrite earlier lines or set the title of the terminal or CI log showing the output. Every control
 * character is written as a `\uXXXX` escape instead (inside JSON strings that is the same character), except
 * the colour codes the CLI adds itself when colour is on.
 */
export function terminalSafe(text: string, keepColours: boolean): string {
  return text.replace(UNPRINTABLE, (char, offset: number) =>
    keepColours && char === '\u001b' && OWN_STYLE.test(text.slice(offset, offset + 6)) ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function processIo(): CliIo {
  const color = wantsColor(process.stdout.isTTY, process.env);
  return {
    cwd: process.cwd(),
    color,
    out: (text) => void process.stdout.write(terminalSafe(text, color)),
    err: (text) => void process.stderr.write(terminalSafe(text, false)),
  };
}
