import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { BASE_LADDER, applyEdits, uri, workspaceOf } from '../helpers';
import { BASE_ASSESSMENT, assessmentFiles, edit } from './support';

describe('code actions', () => {
  const ladder = edit(BASE_LADDER, '    track: ic\n    rank: 2', '    track: ix\n    rank: 2');
  const { ws } = workspaceOf({ 'l.ladder.yaml': ladder });
  const typo = ladder.indexOf('track: ix') + 'track: '.length;

  it('offers the fixes of the diagnostics under the cursor', () => {
    const actions = codeActions(ws, uri('l.ladder.yaml'), { start: typo + 1, end: typo + 1 });
    assert.deepEqual(
      actions.map((a) => [a.title, a.preferred, a.diagnostic?.code]),
      [["Change to 'ic'", true, 'unknown-reference']],
    );
    assert.equal(applyEdits(ladder, actions[0]!.edits), BASE_LADDER);
  });

  it('finds a fix when the cursor touches the edge of the problem', () => {
    assert.equal(codeActions(ws, uri('l.ladder.yaml'), { start: typo + 2, end: typo + 2 }).length, 1);
  });

  it('offers nothing away from any problem', () => {
    assert.deepEqual(codeActions(ws, uri('l.ladder.yaml'), { start: 0, end: 4 }), []);
  });

  it('offers to add the ratings the next levels expect', () => {
    const files = assessmentFiles(BASE_ASSESSMENT);
    const { ws: assessmentWs } = workspaceOf(files);
    const at = BASE_ASSESSMENT.indexOf('ratings:') + 2;
    const actions = codeActions(assessmentWs, uri('a.assessment.yaml'), { start: at, end: at });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Add the missing rating'],
    );
    assert.equal(
      applyEdits(BASE_ASSESSMENT, actions[0]!.edits),
      edit(BASE_ASSESSMENT, '  troubleshooting: 2\n', '  troubleshooting: 2\n  networking:\n'),
    );
  });
});
