// Huge teams: the team report's own work (people, pipeline, counts, duplicates, problems) grows about
// linearly with the number of assessments. Files are parsed before the clock starts, so what is timed is
// the report over analysed files; a quadratic step would make ten times the people a hundred times slower.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTeamReport, createLadderService, TeamCache, type FileHost } from '../../server/src/core';
import { TEAM_LADDER } from '../unit/team/teamFixtures';

const ROOT = 'file:///team';

function team(size: number): { host: FileHost; uris: string[] } {
  const files = new Map<string, string>([[`${ROOT}/support.ladder.yaml`, TEAM_LADDER]]);
  for (let i = 0; i < size; i++) {
    // Every tenth person has two files, every fiftieth file has an error.
    const person = `Person ${i - (i % 10 === 9 ? 1 : 0)}`;
    const extra = i % 50 === 49 ? ', omega: 1' : '';
    files.set(
      `${ROOT}/people/p${String(i).padStart(5, '0')}.assessment.yaml`,
      `kind: SelfAssessment\nladder: ../support.ladder.yaml\nperson: ${person}\ndate: 2026-11-01\nlevel: junior\nsince: 2025-01-01\ntarget: lead\nratings: {alpha: ${1 + (i % 3)}, beta: ${1 + (i % 2)}${extra}}\n`,
    );
  }
  return {
    host: {
      read: (uri) => (files.has(uri) ? { text: files.get(uri)! } : { failure: 'not-found', message: 'no such file' }),
    },
    uris: [...files.keys()],
  };
}

/** The fastest of a few runs of the report (a fresh verdict cache each time), once every file is analysed. */
function reportMs(size: number): { ms: number; people: number; problems: number; duplicates: number } {
  const { host, uris } = team(size);
  const service = createLadderService({ host, now: () => new Date('2026-11-23T12:00:00Z') });
  for (const uri of uris) service.workspace.addKnownFile(uri);
  for (const uri of uris) service.diagnostics(uri);
  let best = Infinity;
  let report;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    report = buildTeamReport(service.workspace, uris, { today: service.now(), cache: new TeamCache() });
    best = Math.min(best, performance.now() - start);
  }
  return {
    ms: best,
    people: report!.ladders[0]!.people.length,
    problems: report!.problems.length,
    duplicates: report!.duplicates.length,
  };
}

describe('team report growth', () => {
  it('ten times the assessments take well under a hundred times as long', () => {
    const small = reportMs(300);
    const large = reportMs(3_000);
    assert.deepEqual([small.people, small.problems, small.duplicates], [294, 6, 30]);
    assert.deepEqual([large.people, large.problems, large.duplicates], [2_940, 60, 300]);
    const ratio = large.ms / Math.max(small.ms, 1);
    assert.ok(
      ratio < 30,
      `3,000 assessments took ${large.ms.toFixed(1)} ms, ${ratio.toFixed(1)} times 300 (${small.ms.toFixed(1)} ms)`,
    );
  });
});
