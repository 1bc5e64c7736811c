// When VS Code starts the extension. `workspaceContains` needs a file search, which a bare file system
// provider in VS Code for the Web does not have; there the extension starts when a ladder file is opened
// (onLanguage) or its view is shown (onView), events VS Code derives from the contributions (engines
// 1.75 and later; listing them too earns a "redundant" warning in package.json). These checks keep the
// contributions that derive them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { FILE_GLOB } from '../../server/src/protocol';

interface Manifest {
  engines: { vscode: string };
  activationEvents: string[];
  contributes: {
    commands: { command: string }[];
    languages: { id: string; configuration?: string }[];
    views: Record<string, { id: string }[]>;
    walkthroughs: { id: string }[];
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;

/** The activation events VS Code derives from these contributions (its `activationEventsGenerator`s). */
function implicitActivationEvents({ contributes }: Manifest): string[] {
  return [
    ...contributes.commands.map(({ command }) => `onCommand:${command}`),
    ...contributes.languages.filter((language) => language.configuration).map(({ id }) => `onLanguage:${id}`),
    ...Object.values(contributes.views).flatMap((views) => views.map(({ id }) => `onView:${id}`)),
    ...contributes.walkthroughs.map(({ id }) => `onWalkthrough:${id}`),
  ];
}

describe('activation events', () => {
  it('are derived from the contributions: the engine is 1.75 or later', () => {
    const [major, minor] = (/^\^?(\d+)\.(\d+)\./.exec(manifest.engines.vscode) ?? []).slice(1).map(Number);
    assert.ok(major! > 1 || minor! >= 75, manifest.engines.vscode);
  });

  it('start the extension on a ladder file opened and on its view shown, with no file search', () => {
    const implicit = implicitActivationEvents(manifest);
    assert.ok(implicit.includes('onLanguage:career-ladder-yaml'), 'the language has a configuration');
    assert.ok(implicit.includes('onView:ladder.explorer'));
    assert.ok(implicit.includes('onCommand:ladder.restartServer'));
  });

  it('list only what VS Code cannot derive: the workspace search and the restored panels', () => {
    assert.deepEqual(manifest.activationEvents, [
      `workspaceContains:${FILE_GLOB}`,
      'onWebviewPanel:ladder.eligibility',
      'onWebviewPanel:ladder.team',
    ]);
    const implicit = new Set(implicitActivationEvents(manifest));
    assert.deepEqual(
      manifest.activationEvents.filter((event) => implicit.has(event)),
      [],
    );
  });
});
