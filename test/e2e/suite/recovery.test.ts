// The language server is restarted after it is killed, and the editor gets diagnostics again.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
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
