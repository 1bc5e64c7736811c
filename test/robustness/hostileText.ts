// A ladder, an assessment and a broken ladder in which every string a file can supply (names, descriptions,
// summaries, responsibilities, descriptors, notes, evidence, waiver reasons, the person, requirement
// descriptions, and in the broken ladder keys and ids) is the same given text. Most values are written
// double-quoted on the line of the ids around them (JSON escapes are YAML escapes); descriptions and
// summaries are block scalars holding the text raw, where YAML allows it.

/** The character classes whose long runs the robustness tests feed in. */
export const RUNS: Readonly<Record<string, string>> = {
  spaces: ' ',
  tabs: '\t',
  newlines: '\n',
  'carriage returns': '\r',
  dashes: '-',
  'double quotes': '"',
  'single quotes': "'",
  backslashes: '\\',
  hashes: '#',
  stars: '*',
  underscores: '_',
  backticks: '`',
};

/** A run of `char`, then text that no pattern consuming the run expects (the shape that makes `\s*[\r\n]+\s*` quadratic). */
export function run(char: string, length: number): string {
  return `${char.repeat(length)}x`;
}

/** Runs of every class, one after the other. */
export function everyRun(length: number): string {
  return Object.values(RUNS)
    .map((char) => run(char, length))
    .join('');
}

const q = (text: string) => JSON.stringify(text);

/** A block scalar holding `text` raw at `indent`, or a quoted scalar where a block scalar cannot (a carriage return would end its line). */
function block(text: string, indent: string): string {
  if (text.includes('\r')) return q(text);
  return `|2-\n${text
    .split('\n')
    .map((line) => `${indent}  ${line}`)
    .join('\n')}`;
}

export interface HostileFiles {
  ladder: string;
  assessment: string;
  /** A ladder whose keys, ids and references hold the text: `ladder check` reports it. */
  broken: string;
}

export const LADDER_FILE = 'team.ladder.yaml';
export const ASSESSMENT_FILE = 'me.assessment.yaml';
export const BROKEN_FILE = 'broken.ladder.yaml';

export function hostileFiles(text: string): HostileFiles {
  const s = q(text);
  const ladder = `kind: Ladder
id: team
name: ${s}
description: ${block(text, '')}
scale:
  - {id: 1, name: ${s}, description: ${s}}
  - {id: 2, name: ${s}}
competencies:
  - {id: writing, name: ${s}, group: core, description: ${s}, descriptors: {1: ${s}, 2: ${s}}}
  - {id: networking, name: ${s}, group: core}
metrics:
  - {id: resolution, name: ${s}, unit: percent, better: higher, description: ${s}}
checks:
  - {id: review, name: ${s}, description: ${s}}
tracks:
  - {id: ic, name: ${s}, description: ${s}}
levels:
  - id: one
    name: ${s}
    track: ic
    rank: 1
    summary: ${block(text, '    ')}
    responsibilities: [${s}, ${s}]
    expectations: {writing: 1}
    next: [two]
  - id: two
    name: ${s}
    track: ic
    rank: 2
    summary: ${s}
    expectations: {writing: 2, networking: 2}
    requirements:
      - {id: tenure, description: ${s}, time-at-level: {years: 1, level: one}}
      - {id: passed-review, description: ${s}, check: review}
      - {id: fast, description: ${s}, metric: {id: resolution, min: 90}}
      - {id: broad, description: ${s}, competencies: {count: 1, min: 2, group: core}}
      - {id: either, description: ${s}, any-of: [{experience: {years: 3}}, {check: review}]}
`;
  const assessment = `kind: SelfAssessment
ladder: ${LADDER_FILE}
person: ${s}
date: 2026-11-01
level: one
since: 2025-01-01
target: two
experience-years: 2
ratings:
  writing: {rating: 2, evidence: [${s}, ${s}], note: ${s}}
  networking: 1
checks: {review: pending}
metrics: {resolution: 80}
waivers:
  - {requirement: tenure, reason: ${s}}
`;
  const broken = `kind: Ladder
id: ${s}
name: ${s}
${s}: 1
scale: [{id: 1, name: ${s}}]
competencies: [{id: writing, name: ${s}, ${s}: 1}]
tracks: [{id: ic, name: ${s}}]
levels:
  - {id: one, name: ${s}, track: ${s}, rank: 1, expectations: {${s}: 1}, next: [${s}]}
`;
  return { ladder, assessment, broken };
}

/** The offset just inside the first `marker` after `after` in `text` (plus `into` characters). */
export function offsetOf(text: string, marker: string, into = 1, after = 0): number {
  const at = text.indexOf(marker, after);
  if (at < 0) throw new Error(`'${marker}' is not in the text`);
  return at + into;
}
