import * as vscode from 'vscode';
import type { LadderClient } from '../languageClientLoader';
import type { EligibilityPanelManager } from '../panel/eligibilityPanel';
import type { TeamPanelManager } from '../panel/teamPanel';
import { exportMarkdown } from './exportMarkdown';
import { exportPacket } from './exportPacket';
import { fixRenamedIds } from './fixRenamedIds';
import { newAssessment } from './newAssessment';
import { newLadder } from './newLadder';
import { newReview } from './newReview';
import { showEligibility } from './showEligibility';
import { showTeam } from './showTeam';
import { showImpact } from './showImpact';

export interface CommandDependencies {
  client: LadderClient;
  panels: EligibilityPanelManager;
  team: TeamPanelManager;
  /** Refreshes the tree, the lenses and the status bar. */
  refresh: () => void;
}

/** Runs a command, turning a thrown error into one error message (the command then returns undefined). */
function reporting<T>(run: (...args: unknown[]) => Promise<T>): (...args: unknown[]) => Promise<T | undefined> {
  return async (...args) => {
    try {
      return await run(...args);
    } catch (error) {
      void vscode.window.showErrorMessage(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
}

/** Registers every `ladder.*` command contributed in package.json. */
export function registerCommands({ client, panels, team, refresh }: CommandDependencies): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(
      'ladder.showEligibility',
      reporting((argument) => showEligibility(client, panels, argument)),
    ),
    vscode.commands.registerCommand(
      'ladder.showTeam',
      reporting((argument) => showTeam(client, team, argument)),
    ),
    vscode.commands.registerCommand(
      'ladder.newAssessment',
      reporting((argument) => newAssessment(client, argument)),
    ),
    vscode.commands.registerCommand(
      'ladder.newReview',
      reporting((argument) => newReview(client, argument)),
    ),
    vscode.commands.registerCommand(
      'ladder.newLadder',
      reporting((argument) => newLadder(argument)),
    ),
    vscode.commands.registerCommand(
      'ladder.exportMarkdown',
      reporting((argument) => exportMarkdown(client, argument)),
    ),
    vscode.commands.registerCommand(
      'ladder.exportPacket',
      reporting((argument, level) => exportPacket(client, argument, level)),
    ),
    vscode.commands.registerCommand(
      'ladder.showImpact',
      reporting((file, level) => showImpact(client, file, level)),
    ),
    vscode.commands.registerCommand(
      'ladder.fixRenamedIds',
      reporting(() => fixRenamedIds(client)),
    ),
    vscode.commands.registerCommand('ladder.refresh', () => refresh()),
    vscode.commands.registerCommand(
      'ladder.restartServer',
      reporting(() => (client.isRunning() ? client.restart() : client.start())),
    ),
  ];
}
