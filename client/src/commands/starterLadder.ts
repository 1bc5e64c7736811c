import * as vscode from 'vscode';

/** How wide the template's comments are, "# " included. */
const COMMENT_WIDTH = 102;

/** A comment of any length as `# ` lines of at most COMMENT_WIDTH characters, broken between words. */
function comment(text: string): string {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '#' && line.length + 1 + word.length > COMMENT_WIDTH) {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** Text that reads back as written when YAML parses it as a plain scalar: a letter first, no `: ` or ` #`. */
const PLAIN_TEXT = /^\p{L}[^\r\n\t]*$/u;
const READS_AS_OTHER_TYPE = /^(?:true|false|yes|no|on|off|null)$/i;

/** A name or description as a YAML value: plain when that reads back as the same text, else double-quoted. */
function value(text: string): string {
  const plain =
    PLAIN_TEXT.test(text) &&
    !READS_AS_OTHER_TYPE.test(text) &&
    !text.includes(': ') &&
    !text.includes(' #') &&
    !/[:\s]$/.test(text);
  return plain ? text : JSON.stringify(text);
}

/**
 * A small, valid, commented ladder to start from, in the display language: every part of the format
 * appears once, with a comment saying what it is for. Names, descriptions and comments are translated;
 * ids and keys stay as the format wants them (ASCII, lower-case kebab-case).
 */
export function starterLadder(): string {
  return `${comment(
    vscode.l10n.t(
      'A career ladder. Every level names the competencies it expects and the requirements a person must meet to be promoted into it. Self-assessments (*.assessment.yaml) are scored against this file.',
    ),
  )}
kind: Ladder
id: my-team
name: ${value(vscode.l10n.t('My Team Career Ladder'))}
description: ${value(vscode.l10n.t('Replace this with a sentence about who the ladder is for.'))}

${comment(vscode.l10n.t('The rating scale, lowest to highest. Ratings and expectations use these ids.'))}
scale:
  - id: 1
    name: ${value(vscode.l10n.t('Learning'))}
  - id: 2
    name: ${value(vscode.l10n.t('Practising'))}
  - id: 3
    name: ${value(vscode.l10n.t('Expert'))}

${comment(vscode.l10n.t('What people are rated on. A group lets a requirement count competencies of one kind.'))}
competencies:
  - id: troubleshooting
    name: ${value(vscode.l10n.t('Technical troubleshooting'))}
    group: core
    descriptors:
      1: ${value(vscode.l10n.t('Follows runbooks with help.'))}
      3: ${value(vscode.l10n.t("The team's go-to person; teaches others."))}
  - id: communication
    name: ${value(vscode.l10n.t('Customer communication'))}
    group: core
  - id: mentoring
    name: ${value(vscode.l10n.t('Mentoring'))}
    group: leadership

${comment(vscode.l10n.t('Numbers a requirement can set a bound on, and yes/no facts it can ask for.'))}
metrics:
  - id: unassisted-resolution
    name: ${value(vscode.l10n.t('Issues resolved without assistance'))}
    unit: percent
    better: higher
checks:
  - id: peer-review
    name: ${value(vscode.l10n.t('Successful peer review'))}

${comment(vscode.l10n.t('Career paths; every level belongs to one.'))}
tracks:
  - id: core
    name: ${value(vscode.l10n.t('Core Role'))}
  - id: ic
    name: ${value(vscode.l10n.t('IC Path'))}

levels:
  - id: engineer
    name: ${value(vscode.l10n.t('Engineer'))}
    track: core
    rank: 1
    expectations:
      troubleshooting: 2
      communication: 2
    next: [senior-engineer]

  - id: senior-engineer
    name: ${value(vscode.l10n.t('Senior Engineer'))}
    track: ic
    rank: 2
    expectations:
      troubleshooting: 3
      communication: 2
      mentoring: 2
    requirements:
      - id: senior-tenure
        description: ${value(vscode.l10n.t('One year at Level 1.'))}
        time-at-level: {years: 1, rank: 1}
      - id: senior-breadth
        description: ${value(vscode.l10n.t('Expert in at least one core competency.'))}
        competencies: {count: 1, min: 3, group: core}
      - metric: {id: unassisted-resolution, min: 90}
      - check: peer-review
`;
}
