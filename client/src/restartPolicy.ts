import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient';

export interface RestartPolicyOptions {
  /** How many restarts are allowed within `windowMs` before giving up. */
  maxRestarts: number;
  windowMs: number;
  /** Called once each time the policy gives up, with a sentence saying why; the client then stays stopped. */
  onGiveUp: (message: string) => void;
  now?: () => number;
}

/**
 * Restarts a server that exited or crashed, silently, up to `maxRestarts` times within a sliding window;
 * after that it stops and reports through `onGiveUp` (one message, not one per crash).
 */
export class RestartPolicy implements ErrorHandler {
  private restarts: number[] = [];

  constructor(private readonly options: RestartPolicyOptions) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
    this.options.onGiveUp(
      vscode.l10n.t('The connection to the Career Ladder language server keeps failing, so the server was stopped.'),
    );
    return { action: ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = (this.options.now ?? Date.now)();
    this.restarts = this.restarts.filter((time) => now - time < this.options.windowMs);
    if (this.restarts.length < this.options.maxRestarts) {
      this.restarts.push(now);
      return { action: CloseAction.Restart, handled: true };
    }
    this.restarts = [];
    const minutes = Math.round(this.options.windowMs / 60_000);
    this.options.onGiveUp(
      vscode.l10n.t(
        'The Career Ladder language server crashed {0} times in {1} minutes and will not be restarted automatically.',
        this.options.maxRestarts + 1,
        minutes,
      ),
    );
    return { action: CloseAction.DoNotRestart, handled: true };
  }
}
