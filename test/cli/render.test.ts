// The pure renderers that the CLI and the language server share: requirements in words and Markdown reports.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULE_DESCRIPTIONS } from '../../server/src/cli/ruleDescriptions';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import type { Ladder, Requirement } from '../../server/src/core/model/types';
import { describeRequirement } from '../../server/src/core/render/describeRequirement';
import { ladderToMarkdown } from '../../server/src/core/render/ladderToMarkdown';
import { scoreToMarkdown } from '../../server/src/core/render/scoreToMarkdown';
import type { ScoreReport } from '../../server/src/core/score/types';
import { buildLadderContext } from '../../server/src/core/workspace/ladderContext';
import { MINI_LADDER } from './fixtures';
import { REPO } from './helpers';

function ladderOf(text: string): Ladder {
  const model = analyzeFile('file:///ladders/x.ladder.yaml', text).model;
  assert.equal(model?.kind, 'Ladder');
  return model as Ladder;
}

/** The requirements of the first level of a ladder whose only level has `requirements` (YAML lines). */
function requirements(...yaml: string[]): Requirement[] {
  const text = [
    'kind: Ladder', 'id: x', 'name: X', 'scale: [{id: 1, name: A}, {id: 2, name: B}]',
    'tracks: [{id: t, name: T}]', 'levels:', '  - id: l', '    name: L', '    track: t', '    rank: 1', '    requirements:',
    ...yaml.map((line) => `      ${line}`), '',
  ].join('\n');
  return ladderOf(text).levels[0]!.requirements;
}

describe('describeRequirement', () => {
  it('puts each kind of requirement in words', () => {
    const described = requirements(
      '- time-at-level: {years: 1, rank: 1}',
      '- time-at-level: {years: 2.5, level: senior}',
      '- experience: {years: 3}',
      '- competencies: {count: 2, min: 3, group: core}',
      '- competencies: {count: 1, min: 2, of: [networking, linux]}',
      '- competencies: {count: 4, min: 2}',
      '- check: peer-review',
      '- metric: {id: unassisted-resolution, min: 90}',
      '- metric: {id: backlog, min: 1, max: 5}',
      '- any-of: [{check: a}, {all-of: [{check: b}, {experience: {years: 1}}]}]',
      '- {check: a, metric: {id: m, min: 1}}',
      '- {id: nothing}',
    ).map(describeRequirement);
    assert.deepEqual(described, [
      '1 year at rank 1',
      '2.5 years at level senior',
      '3 years of experience',
      '2 competencies rated 3 or higher in core',
      '1 competency rated 2 or higher from networking, linux',
      '4 competencies rated 2 or higher',
      'check: peer-review',
      'metric unassisted-resolution ≥ 90',
      'metric backlog ≥ 1 and ≤ 5',
      'any of: check: a; (all of: check: b; 1 year of experience)',
      'invalid requirement: check and metric together',
      'invalid requirement: no type',
    ]);
  });

  it('shows missing values as ?', () => {
    assert.deepEqual(requirements('- time-at-level: {rank: 2}', '- competencies: {min: 2}').map(describeRequirement), [
      '? years at rank 2',
      '? competencies rated 2 or higher',
    ]);
  });
});

describe('ladderToMarkdown', () => {
  it('renders tracks with levels by rank, expectations tables and requirements in words', () => {
    const ladder = ladderOf(MINI_LADDER);
    const markdown = ladderToMarkdown(buildLadderContext(ladder, [], []));
    const out = markdown.split('\n');
    assert.equal(out[0], '# Mini Ladder');
    assert.deepEqual(out.filter((line) => line.startsWith('#')), [
      '# Mini Ladder', '## Scale', '## Core (`core`)', '### Level 1 — Engineer (`engineer`)',
      '## IC (`ic`)', '### Level 2 — Senior (`senior`)', '### Level 3 — Lead (`lead`)',
      '## Competencies', '## Metrics', '## Checks',
    ]);
    assert.ok(out.includes('| Troubleshooting (`troubleshooting`) | 3 — Expert |'));
    assert.ok(out.includes('- 1 year at rank 1 · `tenure`'));
    assert.ok(out.includes('- any of the following: · `either`'));
    assert.ok(out.includes('  - check: peer-review'));
    assert.ok(out.includes('**Next:** Senior (`senior`)'));
    assert.ok(markdown.endsWith('\n') && !markdown.endsWith('\n\n'));
  });

  it('escapes text so that names cannot inject markup or HTML', () => {
    const ladder = ladderOf(MINI_LADDER.replace('name: Mini Ladder', 'name: "<img src=x onerror=alert(1)> *bold* | pipe"'));
    const markdown = ladderToMarkdown(buildLadderContext(ladder, [], []));
    assert.equal(markdown.split('\n')[0], '# \\<img src=x onerror=alert(1)\\> \\*bold\\* \\| pipe');
  });
});

describe('scoreToMarkdown', () => {
  const report: ScoreReport = {
    person: 'Sam | Ortiz',
    ladder: 'mini',
    level: 'engineer',
    asOf: '2026-01-01',
    levels: [
      { id: 'engineer', name: 'Engineer', track: 'core', rank: 1, status: 'eligible', readiness: 1, expectations: [], requirements: [] },
      {
        id: 'senior', name: 'Senior', track: 'ic', rank: 2, status: 'not-yet', readiness: 2 / 3,
        expectations: [{ competency: 'writing', expected: 2, rated: 1, status: 'gap' }],
        requirements: [{ id: 'tenure', type: 'time-at-level', status: 'met', detail: '1.5 years at rank 1 (needs 1)' }, { type: 'check', status: 'waived', detail: 'waived (x)' }],
      },
    ],
  };

  it('lists focus levels first and starred, with a table per level', () => {
    const out = scoreToMarkdown(report, { focus: ['senior'], ladderName: 'Mini Ladder' }).split('\n');
    assert.deepEqual(out.slice(0, 5), ['# Sam \\| Ortiz', '', '- **Ladder:** Mini Ladder (`mini`)', '- **Current level:** `engineer`', '- **As of:** 2026-01-01']);
    assert.deepEqual(out.filter((line) => line.startsWith('## ')), ['## Summary', '## ★ Senior (`senior`)', '## Engineer (`engineer`)']);
    assert.ok(out.includes('| ★ Senior (`senior`) | ic | 2 | Not yet | 66% |'));
    assert.ok(out.includes('**Not yet** · readiness 66% (2 of 3) · ic, rank 2'));
    assert.ok(out.includes('| `writing` | 2 | 1 | ✗ gap |'));
    assert.ok(out.includes('| `tenure` | ✓ met | 1.5 years at rank 1 (needs 1) |'));
    assert.ok(out.includes('| `check` | ~ waived | waived (x) |'));
    assert.ok(out.includes('This level has no expectations or requirements.'));
  });
});

/** Every diagnostic code the core can emit, read from its source. */
function emittedCodes(): Set<string> {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/code: '([a-z0-9-]+)'|'(?:error|warning|info)', '([a-z0-9-]+)'|code: [^,]*\? '([a-z0-9-]+)' : '([a-z0-9-]+)'/g)) {
          for (const code of match.slice(1)) if (code) codes.add(code);
        }
      }
    }
  };
  walk(join(REPO, 'server', 'src', 'core'));
  return codes;
}

describe('diagnostic codes', () => {
  it('has a SARIF description for every code the core emits', () => {
    const codes = emittedCodes();
    assert.ok(codes.size > 30, `found ${codes.size} codes`);
    for (const code of codes) assert.ok(code in RULE_DESCRIPTIONS, `${code} has a description`);
  });

  it('are all documented in docs/cli.md with their SARIF description', () => {
    const doc = readFileSync(join(REPO, 'docs', 'cli.md'), 'utf8');
    for (const [code, description] of Object.entries(RULE_DESCRIPTIONS)) {
      assert.ok(doc.includes(`| \`${code}\` | ${description} |`), `docs/cli.md lists ${code}`);
    }
  });
});
