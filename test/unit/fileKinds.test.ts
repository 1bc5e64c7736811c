// File names say their kind. The server, the CLI and the client derive their patterns from one module;
// package.json, which cannot import it, must say the same.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  FILE_GLOB,
  FILE_KINDS,
  fileNameEndings,
  isLadderFileName,
  kindFromFileName,
  nameBeforeKindEnding,
  newFileSuffix,
} from '../../server/src/core/fileKinds';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  activationEvents: string[];
};

/** Names of every kind in both extensions and two cases, and names of no kind. */
const PROBES = [
  ...['ladder', 'competencies', 'assessment'].flatMap((word) =>
    ['yaml', 'yml'].flatMap((extension) => [
      `team.${word}.${extension}`,
      `TEAM.${word.toUpperCase()}.${extension.toUpperCase()}`,
    ]),
  ),
  'team.yaml',
  'ladder.yaml',
  'team.ladderyaml',
  'team.ladder.json',
  'team.ladder.yaml.bak',
  'team.assessments.yaml',
  'team-assessment.yaml',
  '.ladder.yaml',
  'a.b.review.yml',
  'team.xladder.yaml',
  'nodots',
  '.yaml',
  'team.Ladder.yAml',
  'team.aſſeſſment.yaml',
];

describe('file kinds from file names', () => {
  it('reads the kind from the end of a name, path or URI, in any case', () => {
    assert.deepEqual(Object.fromEntries(PROBES.map((name) => [name, kindFromFileName(name) ?? null])), {
      'team.ladder.yaml': 'Ladder',
      'TEAM.LADDER.YAML': 'Ladder',
      'team.ladder.yml': 'Ladder',
      'TEAM.LADDER.YML': 'Ladder',
      'team.competencies.yaml': 'Competencies',
      'TEAM.COMPETENCIES.YAML': 'Competencies',
      'team.competencies.yml': 'Competencies',
      'TEAM.COMPETENCIES.YML': 'Competencies',
      'team.assessment.yaml': 'SelfAssessment',
      'TEAM.ASSESSMENT.YAML': 'SelfAssessment',
      'team.assessment.yml': 'SelfAssessment',
      'TEAM.ASSESSMENT.YML': 'SelfAssessment',
      'team.yaml': null,
      'ladder.yaml': null,
      'team.ladderyaml': null,
      'team.ladder.json': null,
      'team.ladder.yaml.bak': null,
      'team.assessments.yaml': null,
      'team-assessment.yaml': null,
      '.ladder.yaml': 'Ladder',
      'a.b.review.yml': 'Review',
      'team.xladder.yaml': null,
      nodots: null,
      '.yaml': null,
      'team.Ladder.yAml': 'Ladder',
      // Only ASCII letters compare in any case: the long s is no s.
      'team.aſſeſſment.yaml': null,
    });
    assert.equal(kindFromFileName('file:///home/ana/ladders/team.assessment.yaml'), 'SelfAssessment');
    assert.equal(isLadderFileName('/home/ana/notes.yaml'), false);
  });

  it('names new files, save dialog filters and the glob of every kind', () => {
    assert.deepEqual(FILE_KINDS.map(newFileSuffix), [
      '.ladder.yaml',
      '.competencies.yaml',
      '.assessment.yaml',
      '.review.yaml',
    ]);
    assert.deepEqual(FILE_KINDS.map(fileNameEndings), [
      ['ladder.yaml', 'ladder.yml'],
      ['competencies.yaml', 'competencies.yml'],
      ['assessment.yaml', 'assessment.yml'],
      ['review.yaml', 'review.yml'],
    ]);
    assert.equal(FILE_GLOB, '**/*.{ladder,competencies,assessment,review}.{yaml,yml}');
  });

  it('finds the name before the kind', () => {
    assert.deepEqual(
      ['alex.assessment.yaml', 'a.b.ladder.YML', '.assessment.yaml', 'alex.yaml'].map(nameBeforeKindEnding),
      ['alex', 'a.b', '', undefined],
    );
  });
});

describe('package.json agrees with the file kinds', () => {
  it('activates on a workspace that contains a file of any kind', () => {
    assert.deepEqual(
      manifest.activationEvents.filter((event) => event.startsWith('workspaceContains:')),
      [`workspaceContains:${FILE_GLOB}`],
    );
  });

  it('matches file names in when clauses exactly as the server reads them', () => {
    // As VS Code reads `key =~ /pattern/flags` (only the `i` flag counts).
    const clauses = [
      ...readFileSync('package.json', 'utf8').matchAll(/resourceFilename =~ \/((?:[^/\\]|\\\\.)*)\/(i?)/g),
    ];
    assert.equal(clauses.length, 14);
    for (const [clause, source, flags] of clauses) {
      const pattern = new RegExp(JSON.parse(`"${source}"`) as string, flags);
      const kinds = FILE_KINDS.filter((kind) => pattern.test(`team${newFileSuffix(kind)}`));
      assert.equal(kinds.length, 1, clause);
      for (const name of PROBES)
        assert.equal(pattern.test(name), kindFromFileName(name) === kinds[0], `${clause} on ${name}`);
    }
  });
});
