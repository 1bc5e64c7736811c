// The live impact lenses over in-memory workspaces, with a stand-in for HEAD's snapshot: lenses above the
// changed levels, and no stale "no git" answer once git can be read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HeadSnapshot, HeadSnapshots, Unavailable } from '../../server/src/node/headSnapshots';
import { LiveImpact } from '../../server/src/lsp/liveImpact';
import { UriMap } from '../../server/src/lsp/uriMap';
import { uri, workspaceOf, yaml } from './helpers';

const LADDER = yaml`
  kind: Ladder
  id: team
  name: Team
  scale: [{id: 1}, {id: 2}, {id: 3}]
  competencies: [{id: writing, name: Writing}]
  tracks: [{id: ic, name: IC}]
  levels:
    - {id: junior, name: Junior, track: ic, rank: 1, expectations: {writing: 1}, next: [senior]}
    - {id: senior, name: Senior, track: ic, rank: 2, expectations: {writing: 2}}
`;

const ASSESSMENT =
  'kind: SelfAssessment\nladder: team.ladder.yaml\nperson: Alex\ndate: 2026-06-01\nlevel: junior\nratings: {writing: 2}\n';

/** HEAD's snapshot as the answers say, one call after the other (the last one repeats). */
function snapshots(...answers: ('none' | 'head')[]): HeadSnapshots {
  const head = workspaceOf({ 'team.ladder.yaml': LADDER, 'alex.assessment.yaml': ASSESSMENT }).ws;
  let call = 0;
  return {
    forUri: async (): Promise<HeadSnapshot | Unavailable> => {
      const answer = answers[Math.min(call++, answers.length - 1)];
      return answer === 'none'
        ? { reason: '/ws is not in a git repository', key: 'no-repository:/ws' }
        : { repository: undefined as never, commit: 'c0ffee', workspace: head };
    },
  } as unknown as HeadSnapshots;
}

function edited(heads: HeadSnapshots) {
  const { service } = workspaceOf({ 'team.ladder.yaml': LADDER, 'alex.assessment.yaml': ASSESSMENT });
  service.workspace.setOpenDocument(
    uri('team.ladder.yaml'),
    LADDER.replace('expectations: {writing: 2}', 'expectations: {writing: 3}'),
  );
  service.workspace.file(uri('team.ladder.yaml')); // analysed, as the diagnostics job does before any lens
  const logged: string[] = [];
  return { impact: new LiveImpact(service, heads, new UriMap(), (message) => logged.push(message), undefined), logged };
}

describe('live impact lenses', () => {
  it('put a lens above each changed level', async () => {
    const { impact } = edited(snapshots('head'));
    const lenses = await impact.lenses(uri('team.ladder.yaml'));
    assert.deepEqual(
      lenses.map((lens) => [lens.range.start.line, lens.command?.title, lens.command?.arguments]),
      [[8, 'changes the verdict for 1 person', [uri('team.ladder.yaml'), 'senior']]],
    );
  });

  it('come once git can be read, without any edit in between, and the reason is logged once', async () => {
    const { impact, logged } = edited(snapshots('none', 'none', 'head'));
    assert.deepEqual(await impact.lenses(uri('team.ladder.yaml')), []);
    assert.deepEqual(await impact.lenses(uri('team.ladder.yaml')), []);
    assert.equal((await impact.lenses(uri('team.ladder.yaml'))).length, 1);
    assert.deepEqual(logged, ['Ladder impact lenses are off: /ws is not in a git repository.']);
  });
});
