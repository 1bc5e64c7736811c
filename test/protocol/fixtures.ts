import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const LADDER = `kind: Ladder
id: support
name: Support Ladder
scale:
  - id: 1
    name: Learning
  - id: 2
    name: Practising
  - id: 3
    name: Expert
include:
  - core.competencies.yaml
checks:
  - id: peer-review
    name: Successful peer review
tracks:
  - id: ic
    name: IC Path
levels:
  - id: engineer
    name: Support Engineer
    track: ic
    rank: 1
    expectations:
      troubleshooting: 1
    next: [senior]
  - id: senior
    name: Senior Support Engineer
    track: ic
    rank: 2
    expectations:
      troubleshooting: 3
      networking: 2
    requirements:
      - id: tenure
        time-at-level: {years: 1, rank: 1}
      - check: peer-review
`;

export const CATALOGUE = `kind: Competencies
id: core
competencies:
  - id: troubleshooting
    name: Troubleshooting
    group: core
    descriptors:
      1: Follows runbooks with help.
      3: Go-to expert.
  - id: networking
    name: Networking
    group: core
`;

export const ASSESSMENT = `kind: SelfAssessment
ladder: support.ladder.yaml
person: Alex Kim
date: 2026-11-01
level: engineer
since: 2025-09-01
ratings:
  troubleshooting:
    rating: 3
    evidence: [led the outage review]
    note: Go-to person.
  netwrking: 2
checks:
  peer-review: passed
`;

/** Writes the three files into a fresh folder and returns their URIs. */
export function writeWorkspace(): { root: string; ladder: string; catalogue: string; assessment: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-protocol-'));
  writeFileSync(join(dir, 'support.ladder.yaml'), LADDER);
  writeFileSync(join(dir, 'core.competencies.yaml'), CATALOGUE);
  writeFileSync(join(dir, 'alex.assessment.yaml'), ASSESSMENT);
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  return {
    root: pathToFileURL(dir).href,
    ladder: uri('support.ladder.yaml'),
    catalogue: uri('core.competencies.yaml'),
    assessment: uri('alex.assessment.yaml'),
  };
}

/** The LSP range of the `occurrence`-th appearance of `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 1) {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`'${needle}' not found`);
  }
  const position = (at: number) => {
    const before = text.slice(0, at);
    const line = before.split('\n').length - 1;
    return { line, character: at - (before.lastIndexOf('\n') + 1) };
  };
  return { start: position(offset), end: position(offset + needle.length) };
}
