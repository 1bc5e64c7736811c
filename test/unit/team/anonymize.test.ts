// Anonymizing the team report: every spelling of a name or an assessment's file name becomes the person's
// number, as whole words only; assessments lose their path and their errors' messages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { anonymizeTeamReport, buildTeamReport, HIDDEN_MESSAGE } from '../../../server/src/core';
import { nameRedactor } from '../../../server/src/core/team/anonymize';
import { NOW, uri, workspaceOf } from '../helpers';
import { TEAM_FILES } from './teamFixtures';

describe('nameRedactor', () => {
  const redact = nameRedactor(
    new Map([
      ['Ana Diaz', 'Person 1'],
      ["Seán O'Brien", 'Person 2'],
      ['Al', 'Person 3'],
    ]),
  );

  it('replaces a name in any case and with spaces, dashes, underscores, dots or nothing between its parts', () => {
    assert.equal(
      redact('Ana Diaz, ANA DIAZ, ana-diaz, ana_diaz, ana.diaz, anadiaz'),
      'Person 1, Person 1, Person 1, Person 1, Person 1, Person 1',
    );
    assert.equal(redact("people/seán-o'brien/x.ladder.yaml"), 'people/Person 2/x.ladder.yaml');
  });

  it('leaves the name inside longer words alone', () => {
    assert.equal(redact('Alerting for Al and Alex'), 'Alerting for Person 3 and Alex');
    assert.equal(redact('Banana Diazepam'), 'Banana Diazepam');
  });

  it('does not touch a text without names, nor the aliases it writes', () => {
    assert.equal(nameRedactor(new Map([['Person', 'Person 1']]))('Person'), 'Person 1');
    assert.equal(redact('Support Ladder'), 'Support Ladder');
  });
});

describe('anonymizeTeamReport', () => {
  const { ws } = workspaceOf(TEAM_FILES);
  const report = anonymizeTeamReport(buildTeamReport(ws, Object.keys(TEAM_FILES).map(uri), { today: NOW() }));

  it('keeps every count and verdict, and shows people as their numbers without files', () => {
    assert.deepEqual(
      report.ladders[1]!.people.map((m) => [m.person, m.uri, m.counted, m.focus.map((f) => f.status)]),
      [
        ['Person 2', '', true, ['eligible']],
        ['Person 3', '', false, ['not-yet']],
        ['Person 3', '', true, ['not-yet', 'not-yet']],
        ['Person 4', '', true, ['eligible']],
        ['Person 5', '', true, ['incomplete']],
      ],
    );
    assert.deepEqual(report.ladders[1]!.levels[1], {
      id: 'senior',
      name: 'Senior',
      track: 'ic',
      rank: 2,
      candidates: 3,
      eligible: 1,
      incomplete: 1,
      notYet: 1,
    });
  });

  it('hides the path and the messages of an assessment with errors, and the files of a duplicate', () => {
    assert.deepEqual(report.problems, [
      {
        uri: '',
        role: 'assessment',
        alias: 'Person 6',
        errors: [{ line: 6, character: 20, code: 'unknown-reference', message: HIDDEN_MESSAGE }],
      },
    ]);
    assert.deepEqual(report.duplicates, [{ person: 'Person 3', alias: 'Person 3', uris: ['', ''] }]);
    const text = JSON.stringify(report);
    for (const secret of ['Ana', 'Okoye', 'okoye', 'Cat Ng', 'Dan Roe', 'Fay Wu', 'eve.assessment', 'omega'])
      assert.equal(text.includes(secret), false, secret);
  });
});
