// The workspace keeps its indexes (files by kind, ladders by include, assessments by ladder) and its
// cached results from one question to the next until a file or the set of files changes: every kind
// of change must be seen by the next question.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BASE_CATALOGUE, BASE_LADDER, edit, uri, withCode, workspaceOf } from './helpers';

const LADDER = edit(
  BASE_LADDER,
  /competencies:\n(?: {4}.*\n| {2}- .*\n)+/,
  'include: [support.competencies.yaml]\ncompetencies:\n  - id: writing\n    group: soft\n',
);
const ASSESSMENT = 'kind: SelfAssessment\nladder: base.ladder.yaml\n';

function files(): Record<string, string> {
  return {
    'base.ladder.yaml': LADDER,
    'support.competencies.yaml': BASE_CATALOGUE,
    'alex.assessment.yaml': ASSESSMENT,
  };
}

describe('workspace indexes after changes', () => {
  it('lists a ladder found, opened, changed, closed or deleted after the last question', () => {
    const { ws, host } = workspaceOf(files());
    const catalogue = uri('support.competencies.yaml');
    assert.deepEqual(ws.laddersIncluding(catalogue), [uri('base.ladder.yaml')]);

    host.set('other.ladder.yaml', LADDER);
    ws.addKnownFile(uri('other.ladder.yaml'));
    assert.deepEqual(ws.laddersIncluding(catalogue), [uri('base.ladder.yaml'), uri('other.ladder.yaml')]);
    assert.deepEqual(ws.filesOfKind('Ladder'), [uri('base.ladder.yaml'), uri('other.ladder.yaml')]);

    ws.setOpenDocument(uri('new.ladder.yaml'), LADDER);
    assert.deepEqual(ws.laddersIncluding(catalogue), [
      uri('base.ladder.yaml'),
      uri('new.ladder.yaml'),
      uri('other.ladder.yaml'),
    ]);
    ws.setOpenDocument(uri('new.ladder.yaml'), edit(LADDER, 'include: [support.competencies.yaml]', 'include: []'));
    assert.deepEqual(ws.laddersIncluding(catalogue), [uri('base.ladder.yaml'), uri('other.ladder.yaml')]);
    assert.deepEqual(ws.filesOfKind('Ladder'), [
      uri('base.ladder.yaml'),
      uri('new.ladder.yaml'),
      uri('other.ladder.yaml'),
    ]);
    ws.closeDocument(uri('new.ladder.yaml'));
    assert.deepEqual(ws.filesOfKind('Ladder'), [uri('base.ladder.yaml'), uri('other.ladder.yaml')]);

    host.delete('other.ladder.yaml');
    ws.fileDeleted(uri('other.ladder.yaml'));
    assert.deepEqual(ws.laddersIncluding(catalogue), [uri('base.ladder.yaml')]);
    assert.deepEqual(ws.dependents(catalogue), [uri('alex.assessment.yaml'), uri('base.ladder.yaml')]);
  });

  it('lists an assessment that starts or stops naming a ladder, open or on disk', () => {
    const { ws, host } = workspaceOf(files());
    const ladder = uri('base.ladder.yaml');
    assert.deepEqual(ws.assessmentsOf(ladder), [uri('alex.assessment.yaml')]);
    ws.setOpenDocument(uri('alex.assessment.yaml'), 'kind: SelfAssessment\nladder: other.ladder.yaml\n');
    assert.deepEqual(ws.assessmentsOf(ladder), []);
    assert.deepEqual(ws.dependents(uri('other.ladder.yaml')), [uri('alex.assessment.yaml')]);
    ws.closeDocument(uri('alex.assessment.yaml'));
    assert.deepEqual(ws.assessmentsOf(ladder), [uri('alex.assessment.yaml')]);

    host.set('sam.assessment.yaml', ASSESSMENT);
    ws.addKnownFile(uri('sam.assessment.yaml'));
    assert.deepEqual(ws.dependents(ladder), [
      uri('alex.assessment.yaml'),
      uri('sam.assessment.yaml'),
      uri('support.competencies.yaml'),
    ]);
    host.set('sam.assessment.yaml', 'kind: SelfAssessment\nladder: other.ladder.yaml\n');
    ws.fileChangedOnDisk(uri('sam.assessment.yaml'));
    assert.deepEqual(ws.assessmentsOf(ladder), [uri('alex.assessment.yaml')]);
  });

  it('re-checks a catalogue once a second ladder including it appears, and once it is gone', () => {
    const { ws, host } = workspaceOf(files());
    const catalogue = uri('support.competencies.yaml');
    assert.deepEqual(ws.diagnostics(catalogue), []);
    // A ladder whose scale lacks 3, which a descriptor of the catalogue uses.
    host.set('short.ladder.yaml', edit(LADDER, '  - id: 3\n    name: Expert\n', ''));
    ws.addKnownFile(uri('short.ladder.yaml'));
    assert.deepEqual(
      withCode(ws.diagnostics(catalogue), 'off-scale').map((d) => d.message),
      ["Descriptor '3' of 'troubleshooting' is not on the scale of short.ladder.yaml (1, 2)."],
    );
    assert.equal(ws.diagnostics(catalogue), ws.diagnostics(catalogue), 'cached while nothing changes');
    ws.fileDeleted(uri('short.ladder.yaml'));
    assert.deepEqual(ws.diagnostics(catalogue), []);
  });

  it('frees a released file and analyses it again when asked again, with the same findings; an open document stays', () => {
    // A rating of a competency the ladder does not have: a finding of the assessment checked against its ladder.
    const { ws } = workspaceOf({ ...files(), 'alex.assessment.yaml': `${ASSESSMENT}ratings:\n  nowhere: 2\n` });
    const assessment = uri('alex.assessment.yaml');
    const first = ws.file(assessment);
    const diagnostics = ws.diagnostics(assessment);
    const found = (list: typeof diagnostics) => list.map((d) => [d.code, d.span.start, d.span.end, d.message]);
    assert.deepEqual(
      found(diagnostics).map(([code]) => code),
      ['unknown-reference'],
    );

    ws.release(assessment);
    const again = ws.file(assessment);
    assert.notEqual(again, first);
    assert.ok(again.stamp > first.stamp);
    assert.deepEqual(again.analyzed?.model, first.analyzed?.model);
    const diagnosticsAgain = ws.diagnostics(assessment);
    assert.notEqual(diagnosticsAgain, diagnostics);
    assert.deepEqual(found(diagnosticsAgain), found(diagnostics));
    assert.deepEqual(ws.assessmentsOf(uri('base.ladder.yaml')), [assessment]);

    ws.setOpenDocument(assessment, ASSESSMENT);
    const open = ws.file(assessment);
    ws.release(assessment);
    assert.equal(ws.file(assessment), open);
  });
});
