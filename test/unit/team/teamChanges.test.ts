// The team request after edits: the server's answer to a client that holds the team before them (only what
// changed) leads to exactly the team a fresh server computes from the same files.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyTeamChanges } from '../../../client/src/panel/applyTeamChanges';
import type { TeamChanges, TeamResult } from '../../../server/src/protocol';
import { TeamHandler } from '../../../server/src/lsp/teamHandler';
import { UriMap } from '../../../server/src/lsp/uriMap';
import { uri, workspaceOf } from '../helpers';
import { TEAM_FILES } from './teamFixtures';

const LADDER = uri('support.ladder.yaml');

/** The team of the support ladder as a server that starts now computes it. */
function fromScratch(files: Record<string, string>): TeamResult {
  const { service } = workspaceOf(files);
  return new TeamHandler(service, new UriMap()).team(LADDER) as TeamResult;
}

/** A team without its version, which names a state of one server (a fresh server has its own). */
function content(team: TeamResult): Omit<TeamResult, 'version'> {
  const { version: _version, ...rest } = team;
  return rest;
}

function isChanges(answer: TeamResult | TeamChanges): answer is TeamChanges {
  return 'kind' in answer && answer.kind === 'changes';
}

describe('team changes since a version', () => {
  const files = { ...TEAM_FILES };
  const { ws, host, service } = workspaceOf(files);
  const handler = new TeamHandler(service, new UriMap());
  let held = handler.team(LADDER) as TeamResult;

  /** Makes a change, asks with the version held, checks the outcome against a fresh server and holds it. */
  function step(change: () => void): TeamChanges {
    change();
    const answer = handler.team(LADDER, held.version);
    assert.ok(isChanges(answer), 'changes, not the whole team');
    assert.equal(answer.since, held.version);
    const next = applyTeamChanges(held, answer);
    assert.ok(next);
    assert.deepEqual(content(next), content(fromScratch(files)));
    assert.equal(next.version, answer.version);
    held = next;
    return answer;
  }

  const edit = (name: string, text: string) => () => {
    files[name] = text;
    ws.setOpenDocument(uri(name), text);
  };
  const people = (changes: TeamChanges) => changes.people.map((person) => person.person);

  it('starts from the whole team', () => {
    assert.equal(isChanges(held), false);
    assert.deepEqual(content(held), content(fromScratch(files)));
    assert.equal(held.people.length, 5);
  });

  it('after an edit of one rating: that person only, nobody moved, a new version', () => {
    const before = held;
    const changes = step(
      edit('team/dan.assessment.yaml', TEAM_FILES['team/dan.assessment.yaml']!.replace('{alpha: 2}', '{alpha: 3}')),
    );
    assert.deepEqual(people(changes), ['Dan Roe']);
    assert.equal(changes.order, undefined);
    assert.notEqual(changes.version, before.version);
    assert.equal(
      held.people.filter((person, index) => person === before.people[index]).length,
      4,
      'the others are the rows held',
    );
  });

  it('with nothing changed: no person and the same version', () => {
    const changes = step(() => {});
    assert.deepEqual(people(changes), []);
    assert.equal(changes.version, changes.since);
  });

  it('after a rename that makes two files one person: each row whose alias or count changed', () => {
    const changes = step(
      edit('team/dan.assessment.yaml', files['team/dan.assessment.yaml']!.replace('Dan Roe', 'Ana Diaz')),
    );
    assert.deepEqual(people(changes), ['Ana Diaz', 'Ana Diaz']);
    assert.deepEqual(
      held.people.map((person) => [person.person, person.alias, person.counted]),
      [
        ['Ana Diaz', 'Person 1', false],
        ['ben  okoye', 'Person 2', false],
        ['Ben Okoye', 'Person 2', true],
        ['Cat Ng', 'Person 3', true],
        ['Ana Diaz', 'Person 1', true],
      ],
    );
  });

  it('after a new assessment: its person, and the new order', () => {
    const changes = step(() => {
      const text = TEAM_FILES['team/cat.assessment.yaml']!.replace('Cat Ng', 'Abe Lund');
      files['team/abe.assessment.yaml'] = text;
      host.set('team/abe.assessment.yaml', text);
      ws.addKnownFile(uri('team/abe.assessment.yaml'));
    });
    assert.ok(people(changes).includes('Abe Lund'));
    assert.deepEqual(changes.order?.[0], uri('team/abe.assessment.yaml'));
  });

  it('after an assessment is deleted, and another gets an error: they leave, in the order', () => {
    const deleted = step(() => {
      delete files['team/cat.assessment.yaml'];
      host.delete('team/cat.assessment.yaml');
      ws.fileDeleted(uri('team/cat.assessment.yaml'));
    });
    assert.equal(deleted.order?.includes(uri('team/cat.assessment.yaml')), false);
    const broken = step(
      edit('team/ben.assessment.yaml', files['team/ben.assessment.yaml']!.replace('gamma: 2', 'omega: 2')),
    );
    assert.equal(broken.order?.includes(uri('team/ben.assessment.yaml')), false);
    assert.deepEqual(
      broken.problems.map((problem) => problem.uri),
      [uri('team/ben.assessment.yaml'), uri('team/eve.assessment.yaml')],
    );
  });

  it('after an edit of the ladder: every row, each scored against the new ladder', () => {
    const changes = step(
      edit(
        'support.ladder.yaml',
        files['support.ladder.yaml']!.replace('expectations: {alpha: 2, beta: 3}', 'expectations: {alpha: 1, beta: 3}'),
      ),
    );
    assert.deepEqual(people(changes), ['Abe Lund', 'Ana Diaz', 'ben  okoye', 'Ana Diaz']);
    assert.deepEqual(held.levels[1], {
      id: 'senior',
      name: 'Senior',
      rank: 2,
      candidates: 2,
      eligible: 0,
      incomplete: 2,
      notYet: 0,
    });
  });

  it('after the ladder stops being one and comes back: everyone leaves, with why, and comes back', () => {
    const ladder = files['support.ladder.yaml']!;
    const gone = step(edit('support.ladder.yaml', ladder.replace('kind: Ladder', 'kind: Ladders')));
    assert.deepEqual(gone.order, []);
    assert.equal(gone.ladder, undefined);
    assert.equal(gone.message, 'This is not a ladder that can be read.');
    const back = step(edit('support.ladder.yaml', ladder));
    assert.equal(back.order?.length, 4);
    assert.equal(back.message, undefined);
  });

  it('answers the whole team to a client whose version it does not know', () => {
    const answer = handler.team(LADDER, 'another-server.1');
    assert.equal(isChanges(answer), false);
    assert.deepEqual(answer, held);
  });
});
