import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { documentSymbols, type SymbolEntry } from '../../../server/src/core/features/symbols';
import { BASE_CATALOGUE, BASE_LADDER, uri, workspaceOf } from '../helpers';
import { BASE_ASSESSMENT, assessmentFiles, slice } from './support';

/** The outline as indented lines `kind name — detail`. */
function outline(symbols: readonly SymbolEntry[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.kind} ${s.name}${s.detail ? ` — ${s.detail}` : ''}`,
    ...outline(s.children, depth + 1),
  ]);
}

/**
 * Every selection lies in its symbol's span, every child in its parent's, and siblings follow each other
 * without overlapping (what sticky scroll and breadcrumbs rely on).
 */
function assertNested(symbols: readonly SymbolEntry[], parent?: SymbolEntry): void {
  symbols.forEach((s, index) => {
    const previous = symbols[index - 1];
    if (previous)
      assert.ok(
        previous.span.end <= s.span.start,
        `${s.name} starts before its previous sibling ${previous.name} ends`,
      );
    assert.ok(
      s.span.start <= s.selectionSpan.start && s.selectionSpan.end <= s.span.end,
      `${s.name}: selection outside its span`,
    );
    if (parent)
      assert.ok(
        parent.span.start <= s.span.start && s.span.end <= parent.span.end,
        `${s.name} is outside ${parent.name}`,
      );
    assertNested(s.children, s);
  });
}

function symbolsOf(files: Record<string, string>, name: string): SymbolEntry[] {
  const { ws } = workspaceOf(files);
  return documentSymbols(ws, uri(name));
}

describe('document symbols', () => {
  it('outlines a ladder: sections, and levels grouped under their track with rank and requirements', () => {
    const symbols = symbolsOf({ 'l.ladder.yaml': BASE_LADDER }, 'l.ladder.yaml');
    assert.deepEqual(outline(symbols), [
      'section scale',
      '  scale 1 — Learning',
      '  scale 2 — Practising',
      '  scale 3 — Expert',
      'section competencies',
      '  competency troubleshooting — Troubleshooting',
      '  competency networking — Networking',
      '  competency writing — Writing',
      'section metrics',
      '  metric resolution — Resolution rate',
      'section checks',
      '  check peer-review — Peer review',
      '  check documented-need — Documented need',
      'section tracks',
      '  track core — Core',
      '  track ic — IC',
      'section levels — 3 levels',
      '  track core — Core · 1 level',
      '    level engineer — Engineer · rank 1',
      '  track ic — IC · 2 levels',
      '    level senior — Senior · rank 2',
      '      requirement tenure — 1 year at rank 1',
      '      requirement check — check peer-review',
      '    level staff — Staff · rank 3',
    ]);
    assertNested(symbols);
    const senior = symbols[5]!.children[1]!.children[0]!;
    assert.equal(slice(BASE_LADDER, senior.selectionSpan), 'senior');
    assert.ok(slice(BASE_LADDER, senior.span).startsWith('id: senior\n    name: Senior'));
    assert.equal(slice(BASE_LADDER, symbols[0]!.selectionSpan), 'scale');
  });

  it('nests any-of children and lists includes', () => {
    const ladder = BASE_LADDER.replace(
      '      - check: peer-review',
      '      - any-of:\n          - check: peer-review\n          - experience: {years: 3}',
    ).replace('competencies:\n', 'include:\n  - support.competencies.yaml\ncompetencies:\n');
    const symbols = symbolsOf(
      { 'l.ladder.yaml': ladder, 'support.competencies.yaml': BASE_CATALOGUE },
      'l.ladder.yaml',
    );
    const lines = outline(symbols);
    assert.ok(lines.includes('section include'));
    assert.ok(lines.includes('  file support.competencies.yaml'));
    const start = lines.indexOf('      requirement any-of — any of 2');
    assert.deepEqual(lines.slice(start, start + 3), [
      '      requirement any-of — any of 2',
      '        requirement check — check peer-review',
      '        requirement experience — 3 years of experience',
    ]);
    assertNested(symbols);
  });

  it('outlines a catalogue as its competencies', () => {
    const symbols = symbolsOf({ 's.competencies.yaml': BASE_CATALOGUE }, 's.competencies.yaml');
    assert.deepEqual(outline(symbols), ['competency troubleshooting — core', 'competency networking — core']);
  });

  it('outlines an assessment: person, level, ratings, checks, metrics and waivers', () => {
    const symbols = symbolsOf(assessmentFiles(BASE_ASSESSMENT), 'a.assessment.yaml');
    assert.deepEqual(outline(symbols), [
      'key Alex Kim — person',
      'level engineer — current level since 2025-06-01',
      'section ratings — 1 rating',
      '  rating troubleshooting — 2',
      'section checks',
      '  check peer-review — passed',
      'section metrics',
      '  metric resolution — 90',
      'section waivers',
      '  requirement tenure — Urgent need.',
    ]);
    assertNested(symbols);
    assert.equal(slice(BASE_ASSESSMENT, symbols[0]!.selectionSpan), 'Alex Kim');
    assert.equal(slice(BASE_ASSESSMENT, symbols[2]!.children[0]!.span), 'troubleshooting: 2');
  });

  it('groups levels by track in runs of consecutive levels, so that interleaved tracks do not overlap', () => {
    const ladder = BASE_LADDER.replace('track: core', 'track: ic').replace(
      'name: Senior\n    track: ic',
      'name: Senior\n    track: core',
    );
    const symbols = symbolsOf({ 'l.ladder.yaml': ladder }, 'l.ladder.yaml');
    assert.deepEqual(outline(symbols.filter((s) => s.name === 'levels')), [
      'section levels — 3 levels',
      '  track ic — IC · 1 level',
      '    level engineer — Engineer · rank 1',
      '  track core — Core · 1 level',
      '    level senior — Senior · rank 2',
      '      requirement tenure — 1 year at rank 1',
      '      requirement check — check peer-review',
      '  track ic — IC · 1 level',
      '    level staff — Staff · rank 3',
    ]);
    assertNested(symbols);
  });

  it('nests and orders the outline of every sample', () => {
    const files = Object.fromEntries(
      readdirSync('samples').map((name) => [name, readFileSync(join('samples', name), 'utf8')]),
    );
    const { ws } = workspaceOf(files);
    const counts = Object.keys(files).map((name) => {
      const symbols = documentSymbols(ws, uri(name));
      assert.doesNotThrow(() => assertNested(symbols), name);
      return outline(symbols).length;
    });
    assert.equal(counts.length, 15);
    assert.ok(counts.every((n) => n > 0));
  });

  it("lists an assessment's keys in the order of the file", () => {
    const symbols = symbolsOf(
      assessmentFiles(BASE_ASSESSMENT.replace('level: engineer', 'target: senior\nlevel: engineer')),
      'a.assessment.yaml',
    );
    assert.deepEqual(symbols.map((s) => `${s.kind} ${s.name}`).slice(0, 3), [
      'key Alex Kim',
      'level senior',
      'level engineer',
    ]);
  });

  it('outlines nothing for a file that is not YAML', () => {
    assert.deepEqual(symbolsOf({ 'l.ladder.yaml': '\u0000\u0001' }, 'l.ladder.yaml'), []);
  });
});
