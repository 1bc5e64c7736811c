import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlayHints } from '../../../server/src/core/features/inlayHints';
import { semanticTokens } from '../../../server/src/core/features/semanticTokens';
import { uri, workspaceOf, yaml } from '../helpers';

const LADDER = yaml`
  kind: Ladder
  id: small
  name: Small
  scale:
    - id: 1
      name: Learning
    - id: 3
      name: Proficient
  competencies:
    - id: troubleshooting
      name: Technical troubleshooting
      group: core
      descriptors:
        3: Resolves complex issues.
  checks:
    - id: peer-review
      name: Peer review
  tracks:
    - id: ic
      name: IC
  levels:
    - id: engineer
      name: Engineer
      track: ic
      rank: 1
      expectations:
        troubleshooting: 1
      next: [senior]
    - id: senior
      name: Senior Engineer
      track: ic
      rank: 2
      requirements:
        - check: peer-review
`;

const ASSESSMENT = yaml`
  kind: SelfAssessment
  ladder: small.ladder.yaml
  person: Kim
  date: "2026-11-01"
  level: engineer
  target: senior
  ratings:
    troubleshooting: 3
    unknown: 1
`;

function files() {
  const { ws } = workspaceOf({ 'small.ladder.yaml': LADDER, 'kim.assessment.yaml': ASSESSMENT });
  return ws;
}

/** Each hint as `text before it⟨label⟩`, the text being the rest of its line up to the hint. */
function shown(text: string, hints: { offset: number; label: string; tooltip?: string }[]): string[] {
  return hints.map((hint) => {
    const lineStart = text.lastIndexOf('\n', hint.offset - 1) + 1;
    return `${text.slice(lineStart, hint.offset)}⟨${hint.label}⟩${hint.tooltip ? ` (${hint.tooltip})` : ''}`;
  });
}

const everything = (text: string) => ({ start: 0, end: text.length });

describe('inlay hints', () => {
  it('names the levels and the rated values of an assessment, with the descriptor as tooltip', () => {
    const hints = inlayHints(files(), uri('kim.assessment.yaml'), everything(ASSESSMENT));
    assert.deepEqual(shown(ASSESSMENT, hints), [
      'level: engineer⟨Engineer⟩',
      'target: senior⟨Senior Engineer⟩',
      '  troubleshooting: 3⟨Proficient · Technical troubleshooting⟩ (Resolves complex issues.)',
      '  unknown: 1⟨Learning⟩',
    ]);
    const rating = ASSESSMENT.indexOf('troubleshooting: 3') + 'troubleshooting: 3'.length;
    assert.equal(hints[2]?.offset, rating);
  });

  it('names the level after each id in `next` and the scale value after an expectation in a ladder', () => {
    const hints = inlayHints(files(), uri('small.ladder.yaml'), everything(LADDER));
    assert.deepEqual(shown(LADDER, hints), [
      '      troubleshooting: 1⟨Learning · Technical troubleshooting⟩',
      '    next: [senior⟨Senior Engineer⟩',
    ]);
  });

  it('reads the long form of a rating and gives only the hints inside the requested range', () => {
    const text = ASSESSMENT.replace('troubleshooting: 3', 'troubleshooting:\n    rating: 3\n    note: Yes.');
    const { ws } = workspaceOf({ 'small.ladder.yaml': LADDER, 'kim.assessment.yaml': text });
    const start = text.indexOf('ratings:');
    const hints = inlayHints(ws, uri('kim.assessment.yaml'), { start, end: text.length });
    assert.deepEqual(shown(text, hints), [
      '    rating: 3⟨Proficient · Technical troubleshooting⟩ (Resolves complex issues.)',
      '  unknown: 1⟨Learning⟩',
    ]);
  });

  it('gives none when the ladder cannot be read', () => {
    const { ws } = workspaceOf({ 'kim.assessment.yaml': ASSESSMENT });
    assert.deepEqual(inlayHints(ws, uri('kim.assessment.yaml'), everything(ASSESSMENT)), []);
  });
});

/** Each token as `text type[.modifier]`. */
function tokensOf(text: string, name: string, span?: { start: number; end: number }): string[] {
  const { ws } = workspaceOf({ 'small.ladder.yaml': LADDER, 'kim.assessment.yaml': ASSESSMENT, [name]: text });
  return semanticTokens(ws, uri(name), span).map(
    (token) => `${text.slice(token.span.start, token.span.end)} ${[token.type, ...token.modifiers].join('.')}`,
  );
}

describe('semantic tokens', () => {
  it('marks the definitions of ids in a ladder as declarations and references to them by what they name', () => {
    assert.deepEqual(tokensOf(LADDER, 'small.ladder.yaml'), [
      '1 enumMember.declaration',
      '3 enumMember.declaration',
      'troubleshooting property.declaration',
      'core enum',
      '3 enumMember',
      'peer-review event.declaration',
      'ic namespace.declaration',
      'engineer type.declaration',
      'ic namespace',
      'troubleshooting property',
      '1 enumMember',
      'senior type',
      'senior type.declaration',
      'ic namespace',
      'peer-review event',
    ]);
  });

  it('marks the references of an assessment', () => {
    assert.deepEqual(tokensOf(ASSESSMENT, 'kim.assessment.yaml'), [
      'engineer type',
      'senior type',
      'troubleshooting property',
      '3 enumMember',
      'unknown property',
      '1 enumMember',
    ]);
  });

  it('gives only the tokens of the requested range', () => {
    const start = LADDER.indexOf('levels:');
    const end = LADDER.indexOf('  - id: senior');
    assert.ok(end > start);
    assert.deepEqual(tokensOf(LADDER, 'small.ladder.yaml', { start, end }), [
      'engineer type.declaration',
      'ic namespace',
      'troubleshooting property',
      '1 enumMember',
      'senior type',
    ]);
  });
});
