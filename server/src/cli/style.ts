/** ANSI styling that collapses to plain text when colour is off. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  blue(text: string): string;
}

const CODES: Record<keyof Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  blue: [34, 39],
};

export function createStyle(enabled: boolean): Style {
  const style = {} as Style;
  for (const [name, [open, close]] of Object.entries(CODES) as [keyof Style, [number, number]][]) {
    style[name] = enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
  }
  return style;
}
