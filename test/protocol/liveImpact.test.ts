// Live impact over stdio: an open ladder or catalogue edited against its version at HEAD gets code lenses
// above the changed levels ("changes the verdict for 1 person") and the `ladder/impact` list; without a
// git repository there are none, and the log says why once.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { CodeLens } from 'vscode-languageserver-protocol';
import {
  AssessmentHistoryRequest,
  LadderImpactRequest,
  type AssessmentHistoryResult,
  type LadderImpactResult,
} from '../../server/src/protocol';
import { assessment, CATALOGUE, TEAM_LADDER } from '../cli/evolutionFixtures';
import { git, repository } from '../cli/gitFixture';
import { fixture } from '../cli/helpers';
import { LspClient, pollFor } from './lspClient';

const FILES = {
  'team.ladder.yaml': TEAM_LADDER,
  'core.competencies.yaml': CATALOGUE,
  'alex.assessment.yaml': assessment('Alex Kim', 2, 2),
  'sam.assessment.yaml': assessment('Sam Ortiz', 3, 1),
};

/** Senior now expects writing at 3 (Alex falls from eligible to not yet); Junior gets a summary (no verdict changes). */
const EDITED = TEAM_LADDER.replace(
  'expectations: {writing: 2, review: 2}',
  'expectations: {writing: 3, review: 2}',
).replace('    rank: 1\n', '    rank: 1\n    summary: Learns the ropes.\n');

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

/** Asks for the code lenses of `uri` until `accept` takes them (or 10 s pass: then the last answer). */
async function lenses(client: LspClient, uri: string, accept: (lenses: CodeLens[]) => boolean): Promise<CodeLens[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = (await client.connection.sendRequest('textDocument/codeLens', {
      textDocument: { uri },
    })) as CodeLens[];
    if (accept(found) || Date.now() > deadline) return found;
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe('live ladder impact over stdio', () => {
  const repo = repository(FILES, '2026-01-01T12:00:00+00:00');
  const uri = (name: string) => pathToFileURL(join(repo.dir, name)).href;
  const client = new LspClient();

  before(async () => {
    await client.initialize(pathToFileURL(repo.dir).href, { codeLens: { refreshSupport: true } });
  });

  after(() => client.close());

  it('shows no lens while the ladder is as committed', async () => {
    client.open(uri('team.ladder.yaml'), TEAM_LADDER);
    await client.diagnostics(uri('team.ladder.yaml'));
    assert.deepEqual(
      await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: uri('team.ladder.yaml') } }),
      [],
    );
  });

  it('puts a lens above each changed level after an edit, and asks the client to refresh them', async () => {
    const refreshes = client.lensRefreshes;
    client.replace(uri('team.ladder.yaml'), EDITED);
    const found = await lenses(client, uri('team.ladder.yaml'), (list) => list.length === 2);
    assert.deepEqual(found, [
      {
        range: {
          start: { line: lineOf(EDITED, '- id: junior'), character: 0 },
          end: { line: lineOf(EDITED, '- id: junior'), character: 0 },
        },
        command: {
          title: 'changes no verdict',
          command: 'ladder.showImpact',
          arguments: [uri('team.ladder.yaml'), 'junior'],
        },
      },
      {
        range: {
          start: { line: lineOf(EDITED, '- id: senior'), character: 0 },
          end: { line: lineOf(EDITED, '- id: senior'), character: 0 },
        },
        command: {
          title: 'changes the verdict for 1 person',
          command: 'ladder.showImpact',
          arguments: [uri('team.ladder.yaml'), 'senior'],
        },
      },
    ]);
    await pollFor(() => (client.lensRefreshes > refreshes ? true : undefined), 'a code lens refresh request');
  });

  it('lists who the change affects, before → after, and why', async () => {
    const head = git(repo.dir, ['rev-parse', 'HEAD']).trim();
    const result = (await client.connection.sendRequest(LadderImpactRequest.method, {
      uri: uri('team.ladder.yaml'),
      level: 'senior',
    })) as LadderImpactResult;
    assert.deepEqual(result, {
      uri: uri('team.ladder.yaml'),
      base: { label: 'HEAD', commit: head },
      entries: [
        {
          person: 'Alex Kim',
          assessmentUri: uri('alex.assessment.yaml'),
          level: 'senior',
          levelName: 'Senior',
          before: { status: 'eligible', readiness: 1 },
          after: { status: 'not-yet', readiness: 0.75 },
          summary: 'eligible 100% → not yet 75%',
          reasons: ['expectation writing: met (rated 2, expected 2) → gap (rated 2, expected 3)'],
        },
      ],
    });
    const all = (await client.connection.sendRequest(LadderImpactRequest.method, {
      uri: uri('team.ladder.yaml'),
    })) as LadderImpactResult;
    assert.equal(all.entries.length, 1);
  });

  it('follows an edited assessment: the lens counts what the assessment says now', async () => {
    client.open(uri('sam.assessment.yaml'), assessment('Sam Ortiz', 3, 1));
    client.replace(uri('sam.assessment.yaml'), assessment('Sam Ortiz', 2, 2));
    const found = await lenses(client, uri('team.ladder.yaml'), (list) =>
      list.some((lens) => lens.command?.title === 'changes the verdict for 2 people'),
    );
    assert.deepEqual(
      found.map((lens) => lens.command?.title),
      ['changes no verdict', 'changes the verdict for 2 people'],
    );
    client.replace(uri('sam.assessment.yaml'), assessment('Sam Ortiz', 3, 1));
  });

  it("answers the panel's history request with the verdicts at each commit", async () => {
    const head = git(repo.dir, ['rev-parse', 'HEAD']).trim();
    const result = (await client.connection.sendRequest(AssessmentHistoryRequest.method, {
      uri: uri('alex.assessment.yaml'),
    })) as AssessmentHistoryResult;
    assert.deepEqual(result, {
      uri: uri('alex.assessment.yaml'),
      points: [
        {
          commit: head,
          date: '2026-01-01T12:00:00+00:00',
          subject: 'initial',
          levels: [{ level: 'senior', name: 'Senior', status: 'eligible', readiness: 1, readinessPercent: 100 }],
        },
      ],
    });
  });

  it('puts one lens at the top of an edited catalogue', async () => {
    client.replace(uri('team.ladder.yaml'), TEAM_LADDER);
    const edited = CATALOGUE.replace(
      '{id: review, name: Code review, group: core}',
      '{id: review, name: Code review, group: soft}',
    );
    client.open(uri('core.competencies.yaml'), edited);
    const found = await lenses(client, uri('core.competencies.yaml'), (list) => list.length === 1);
    assert.deepEqual(found, [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        command: {
          title: 'changes the verdict for 1 person',
          command: 'ladder.showImpact',
          arguments: [uri('core.competencies.yaml')],
        },
      },
    ]);
  });
});

describe('live ladder impact without git', () => {
  const dir = fixture(FILES);
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const client = new LspClient();

  before(() => client.initialize(pathToFileURL(dir).href, { codeLens: { refreshSupport: true } }));
  after(() => client.close());

  it('shows no lens, answers the list with the reason, and logs the reason once', async () => {
    client.open(uri('team.ladder.yaml'), EDITED);
    await client.diagnostics(uri('team.ladder.yaml'));
    for (let i = 0; i < 3; i++)
      assert.deepEqual(
        await client.connection.sendRequest('textDocument/codeLens', {
          textDocument: { uri: uri('team.ladder.yaml') },
        }),
        [],
      );
    const result = (await client.connection.sendRequest(LadderImpactRequest.method, {
      uri: uri('team.ladder.yaml'),
    })) as LadderImpactResult;
    assert.deepEqual(result, {
      uri: uri('team.ladder.yaml'),
      unavailable: `${dir} is not in a git repository`,
      entries: [],
    });
    const said = await pollFor(() => {
      const found = client.logged.filter((m) => m.startsWith('Ladder impact lenses are off'));
      return found.length > 0 ? found : undefined;
    }, 'the log line');
    assert.deepEqual(said, [`Ladder impact lenses are off: ${dir} is not in a git repository.`]);
    const history = (await client.connection.sendRequest(AssessmentHistoryRequest.method, {
      uri: uri('alex.assessment.yaml'),
    })) as AssessmentHistoryResult;
    assert.deepEqual(history, {
      uri: uri('alex.assessment.yaml'),
      points: [],
      unavailable: `${dir} is not in a git repository`,
    });
  });
});
