import type * as vscode from 'vscode';

/** A function that runs `action` once, `delayMs` after the last of a burst of calls. */
export interface Debounced extends vscode.Disposable {
  (): void;
}

export function debounce(action: () => void, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      action();
    }, delayMs);
  }) as Debounced;
  debounced.dispose = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
