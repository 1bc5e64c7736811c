// The team and packet requests over stdio: a ladder's team with ranges for each rating, updated after an
// edit; the packet's HTML, or why there is none.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { applyTeamChanges } from '../../client/src/panel/applyTeamChanges';
import type { PacketResult, TeamChanges, TeamResult } from '../../server/src/protocol';
import { TEAM_FILES } from '../unit/team/teamFixtures';
import { LspClient } from './lspClient';

describe('team and packet requests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-team-'));
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const client = new LspClient();

  const team = async (): Promise<TeamResult> =>
    (await client.connection.sendRequest('ladder/team', { ladderUri: uri('support.ladder.yaml') })) as TeamResult;
  const changesSince = async (since: string): Promise<TeamChanges | TeamResult> =>
    (await client.connection.sendRequest('ladder/team', { ladderUri: uri('support.ladder.yaml'), since })) as
      TeamChanges | TeamResult;
  /** The team once the server has indexed every file (it indexes after `initialized`, without telling). */
  const indexedTeam = async (accept: (result: TeamResult) => boolean, timeoutMs = 5_000): Promise<TeamResult> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const result = await team();
      if (accept(result)) return result;
      if (Date.now() > deadline)
        throw new Error(`the team did not become as expected: ${JSON.stringify(result.people.map((p) => p.focus))}`);
      await new Promise((done) => setTimeout(done, 20));
    }
  };

  before(async () => {
    for (const [name, text] of Object.entries(TEAM_FILES)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    await client.initialize(pathToFileURL(dir).href);
  });

  after(async () => {
    await client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers the team of a ladder: people with ranges for their ratings, pipeline, counts, problems, duplicates', async () => {
    const result = await indexedTeam((r) => r.people.length === 5);
    assert.equal(result.ladderUri, uri('support.ladder.yaml'));
    assert.deepEqual(result.ladder, { id: 'support', name: 'Support Ladder' });
    assert.deepEqual(result.scale, [
      { id: 1, name: 'Learning' },
      { id: 2, name: 'Practising' },
      { id: 3, name: 'Expert' },
    ]);
    assert.deepEqual(
      result.people.map((p) => [
        p.person,
        p.alias,
        p.counted,
        p.compared,
        p.focus.map((f) => `${f.level}:${f.status}:${f.readiness}`),
      ]),
      [
        ['Ana Diaz', 'Person 1', true, 'senior', ['senior:eligible:1']],
        ['ben  okoye', 'Person 2', false, 'senior', ['senior:not-yet:0']],
        ['Ben Okoye', 'Person 2', true, 'lead', ['senior:not-yet:0.5', 'lead:not-yet:0']],
        ['Cat Ng', 'Person 3', true, 'lead', ['lead:eligible:1']],
        ['Dan Roe', 'Person 4', true, 'senior', ['senior:incomplete:0.5']],
      ],
    );
    // Ana's file: "ratings: {alpha: 2, beta: 3}" on line 7 (0-based 6).
    assert.deepEqual(result.people[0]!.ratings, [
      {
        competency: 'alpha',
        rated: 2,
        expected: 2,
        status: 'met',
        range: { start: { line: 6, character: 17 }, end: { line: 6, character: 18 } },
      },
      {
        competency: 'beta',
        rated: 3,
        expected: 3,
        status: 'met',
        range: { start: { line: 6, character: 26 }, end: { line: 6, character: 27 } },
      },
    ]);
    assert.deepEqual(
      result.levels.map((l) => [l.id, l.candidates, l.eligible, l.incomplete, l.notYet]),
      [
        ['junior', 0, 0, 0, 0],
        ['senior', 3, 1, 1, 1],
        ['lead', 2, 1, 0, 1],
      ],
    );
    assert.deepEqual(
      result.competencies.map((c) => [c.id, c.counts, c.unrated, c.highest, c.atOrAbove, c.singlePoint]),
      [
        ['alpha', [1, 2, 1], 0, 3, 1, true],
        ['beta', [0, 0, 2], 2, 3, 2, false],
        ['gamma', [0, 1, 0], 3, null, 0, false],
      ],
    );
    assert.deepEqual(result.problems, [
      { uri: uri('team/eve.assessment.yaml'), role: 'assessment', alias: 'Person 5', errorCount: 1 },
    ]);
    assert.deepEqual(result.duplicates, [
      {
        person: 'ben  okoye',
        alias: 'Person 2',
        uris: [uri('team/ben-old.assessment.yaml'), uri('team/ben.assessment.yaml')],
      },
    ]);
  });

  it('names each state of the team with a version, and answers a client that holds it with no change', async () => {
    const held = await indexedTeam((r) => r.people.length === 5);
    assert.match(held.version, /^[a-z0-9]+\.[0-9]+$/);
    const again = await changesSince(held.version);
    assert.deepEqual(again, { ...held, people: [], kind: 'changes', since: held.version });
    const unknown = await changesSince(`${held.version}0`);
    assert.deepEqual(unknown, held, 'a version the server does not know gets the whole team');
  });

  it('follows an edit of one assessment, and sends a client that holds the team before it only that person', async () => {
    const held = await indexedTeam((r) => r.people.length === 5);
    client.open(
      uri('team/dan.assessment.yaml'),
      TEAM_FILES['team/dan.assessment.yaml']!.replace('{alpha: 2}', '{alpha: 2, beta: 3}'),
    );
    const deadline = Date.now() + 5_000;
    let changes = await changesSince(held.version);
    while ('kind' in changes && changes.people.length === 0 && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 20));
      changes = await changesSince(held.version);
    }
    assert.ok('kind' in changes, 'changes, not the whole team');
    assert.deepEqual(
      changes.people.map((person) => person.person),
      ['Dan Roe'],
    );
    assert.equal(changes.order, undefined, 'nobody came, left or moved');
    assert.notEqual(changes.version, held.version);
    const result = await team();
    assert.deepEqual(applyTeamChanges(held, changes), result, 'the changes lead to the whole team as answered');
    assert.equal(result.people[4]?.focus[0]?.status, 'eligible');
    assert.deepEqual(result.levels[1], {
      id: 'senior',
      name: 'Senior',
      rank: 2,
      candidates: 3,
      eligible: 2,
      incomplete: 0,
      notYet: 1,
    });
  });

  it('says why when the file is not a ladder', async () => {
    const result = (await client.connection.sendRequest('ladder/team', {
      ladderUri: uri('team/ana.assessment.yaml'),
    })) as TeamResult;
    assert.deepEqual(result, {
      ladderUri: uri('team/ana.assessment.yaml'),
      scale: [],
      people: [],
      levels: [],
      competencies: [],
      problems: [],
      duplicates: [],
      message: 'This is not a ladder that can be read.',
      version: result.version,
    });
  });

  it('answers the packet of an assessment as HTML, for the target or the chosen level', async () => {
    const packet = (await client.connection.sendRequest('ladder/packet', {
      uri: uri('team/ben.assessment.yaml'),
    })) as PacketResult;
    assert.equal(packet.level, 'lead');
    assert.equal(packet.levelName, 'Lead');
    assert.equal(packet.person, 'Ben Okoye');
    assert.match(packet.html!, /^<!DOCTYPE html>[\s\S]*<h1>Ben Okoye<\/h1>[\s\S]*Lead \(the target\)/);
    const chosen = (await client.connection.sendRequest('ladder/packet', {
      uri: uri('team/ben.assessment.yaml'),
      level: 'senior',
    })) as PacketResult;
    assert.equal(chosen.level, 'senior');
  });

  it('says why there is no packet', async () => {
    const ask = async (params: object) =>
      (await client.connection.sendRequest('ladder/packet', params)) as PacketResult;
    assert.deepEqual(await ask({ uri: uri('team/eve.assessment.yaml') }), {
      message: 'No packet: an error in eve.assessment.yaml. Fix it first.',
    });
    assert.deepEqual(await ask({ uri: uri('team/ana.assessment.yaml'), level: 'nope' }), {
      message: "The ladder has no level 'nope'.",
    });
    assert.deepEqual(await ask({ uri: uri('support.ladder.yaml') }), {
      message: 'This is not a self-assessment file (kind: SelfAssessment).',
    });
  });
});
