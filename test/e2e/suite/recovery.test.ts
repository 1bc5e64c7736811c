// The language server is restarted after it is killed, and the editor gets diagnostics again; a server that
// keeps crashing is given up on until the user restarts it.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { closeAllEditors, errorsOf, extensionApi, languageServerPids, openFile, replaceText, waitFor } from './extensionHelpers';

suite('server recovery', () => {
  suiteSetup(async () => {
    await extensionApi();
  });

  teardown(closeAllEditors);

  test('a killed server is restarted and diagnostics come back after an edit', async () => {
    const [pid] = await waitFor('the language server process', () => {
      const pids = languageServerPids();
      return pids.length === 1 ? pids : undefined;
    });
    assert.ok(pid);
    process.kill(pid, 'SIGKILL');

    const [restarted] = await waitFor('a new language server process', () => {
      const pids = languageServerPids();
      return pids.length === 1 && pids[0] !== pid ? pids : undefined;
    });
    assert.notEqual(restarted, pid);

    const { document } = await openFile('priya-nair.assessment.yaml');
    await waitFor('the assessment to be clean', () => errorsOf(document.uri).length === 0);
    await replaceText(document, 'kind: SelfAssessment', 'kind: SelfAssesment');
    await waitFor('an error from the restarted server', () => errorsOf(document.uri).length > 0);
    await replaceText(document, 'kind: SelfAssesment', 'kind: SelfAssessment');
    await waitFor('the error to go', () => errorsOf(document.uri).length === 0);
    await document.save();
  });
});

suite('server that keeps crashing', () => {
  teardown(closeAllEditors);

  test('the client gives up after repeated crashes, and the restart command brings the server back', async () => {
    const api = await extensionApi();
    let kills = 0;
    for (;;) {
      const [pid] = await waitFor('a running language server', () => {
        const pids = languageServerPids();
        return pids.length === 1 && api.client.isRunning() ? pids : undefined;
      });
      assert.ok(pid);
      process.kill(pid, 'SIGKILL');
      kills += 1;
      const outcome = await waitFor('a restart or giving up', () => {
        if (api.client.state === State.Stopped) return 'stopped';
        const pids = languageServerPids();
        return pids.length === 1 && pids[0] !== pid && api.client.isRunning() ? 'restarted' : undefined;
      });
      if (outcome === 'stopped') break;
      assert.ok(kills < 10, 'the client kept restarting a server that crashed 10 times in a row');
    }
    assert.ok(kills >= 2 && kills <= 5, `gave up after ${kills} crash(es); the policy allows 4 restarts in 3 minutes`);
    assert.deepEqual(languageServerPids(), []);

    await vscode.commands.executeCommand('ladder.restartServer');
    await waitFor('the server to run again', () => api.client.isRunning() && languageServerPids().length === 1);
    const { document } = await openFile('morgan-reyes.assessment.yaml');
    await replaceText(document, 'kind: SelfAssessment', 'kind: SelfAssesment');
    await waitFor('an error from the restarted server', () => errorsOf(document.uri).length > 0);
    await replaceText(document, 'kind: SelfAssesment', 'kind: SelfAssessment');
    await waitFor('the error to go', () => errorsOf(document.uri).length === 0);
    await document.save();
  });
});
