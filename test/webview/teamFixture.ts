// A demo team on the sample Customer Engineering ladder: the three sample assessments, five more people
// made from them with other names and ratings, an older file of one person and a file with an error.
// `teamOf` writes it to a fresh folder and asks the real language server for the ladder's team.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TeamResult } from '../../server/src/protocol';
import { LspClient } from '../protocol/lspClient';

const SAMPLES = resolve(__dirname, '..', '..', 'samples');
const sample = (name: string) =>
  readFileSync(join(SAMPLES, name), 'utf8').replace(
    'ladder: customer-engineering.ladder.yaml',
    'ladder: ../customer-engineering.ladder.yaml',
  );

function variant(base: string, person: string, edits: [string, string][]): string {
  let text = sample(base).replace(/^person: .*$/m, `person: ${person}`);
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`${base} has no '${from}'`);
    text = text.replace(from, to);
  }
  return text;
}

/** The files of the demo team, by path relative to its folder. */
export function demoTeamFiles(): Record<string, string> {
  return {
    'customer-engineering.ladder.yaml': readFileSync(join(SAMPLES, 'customer-engineering.ladder.yaml'), 'utf8'),
    'support.competencies.yaml': readFileSync(join(SAMPLES, 'support.competencies.yaml'), 'utf8'),
    'team/alex-kim.assessment.yaml': sample('alex-kim.assessment.yaml'),
    'team/jordan-lee.assessment.yaml': sample('jordan-lee.assessment.yaml'),
    'team/priya-nair.assessment.yaml': sample('priya-nair.assessment.yaml'),
    'team/sofia-marin.assessment.yaml': variant('alex-kim.assessment.yaml', 'Sofia Marin', [
      ['  linux: 3', '  linux: 2'],
      ['  product-knowledge: 3', '  product-knowledge: 2'],
    ]),
    'team/omar-haddad.assessment.yaml': variant('alex-kim.assessment.yaml', 'Omar Haddad', [
      ['  cloud-platforms: 2', '  cloud-platforms: 3'],
      ['  documentation: 3\n', ''],
    ]),
    'team/kenji-watanabe.assessment.yaml': variant('priya-nair.assessment.yaml', 'Kenji Watanabe', [
      ['target: automation-engineer', 'target: staff-engineer'],
    ]),
    'team/lena-fischer.assessment.yaml': variant('jordan-lee.assessment.yaml', 'Lena Fischer', [
      ['  customer-service: 4', '  customer-service: 3'],
      ['  scripting-automation: 1', '  scripting-automation: 3'],
    ]),
    'team/tomas-silva.assessment.yaml': variant('alex-kim.assessment.yaml', 'Tomás Silva', [
      ['  troubleshooting:\n    rating: 4', '  troubleshooting:\n    rating: 3'],
      ['  networking:\n    rating: 4', '  networking:\n    rating: 2'],
    ]),
    'team/archive/lena-fischer-2025.assessment.yaml': variant('jordan-lee.assessment.yaml', 'Lena Fischer', [
      ['ladder: ../', 'ladder: ../../'],
      ['date: "2026-11-01"', 'date: "2025-11-01"'],
      ['since: "2025-06-02"', 'since: "2025-06-02"'],
    ]),
    'team/new-hire.assessment.yaml': variant('alex-kim.assessment.yaml', 'Noa Levi', [['  linux: 3', '  linux: 7']]),
  };
}

/** Writes the demo team (or `files`) to a fresh folder, asks the language server for the ladder's team, and cleans up. */
export async function teamOf(
  files: Record<string, string> = demoTeamFiles(),
  ladder = 'customer-engineering.ladder.yaml',
): Promise<{ result: TeamResult; dir: string; cleanUp(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-team-view-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const client = new LspClient();
  await client.initialize(pathToFileURL(dir).href);
  const expected = Object.keys(files).filter((name) => name.endsWith('.assessment.yaml')).length;
  const deadline = Date.now() + 10_000;
  let result: TeamResult;
  for (;;) {
    result = (await client.connection.sendRequest('ladder/team', {
      ladderUri: pathToFileURL(join(dir, ladder)).href,
    })) as TeamResult;
    if (
      result.people.length + result.problems.filter((p) => p.role === 'assessment').length >= expected ||
      Date.now() > deadline
    )
      break;
    await new Promise((done) => setTimeout(done, 25));
  }
  return {
    result,
    dir,
    async cleanUp() {
      await client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
