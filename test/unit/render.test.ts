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
import { code, escapeMarkdown, inline, MARKDOWN_WORDING } from '../../server/src/core/render/markdownText';
import { scoreToMarkdown } from '../../server/src/core/render/scoreToMarkdown';
import type { ScoreReport } from '../../server/src/core/score/types';
import { buildLadderContext } from '../../server/src/core/workspace/ladderContext';
import { MINI_LADDER } from '../cli/fixtures';
import { REPO } from '../cli/helpers';

function ladderOf(text: string): Ladder {
  const model = analyzeFile('file:///ladders/x.ladder.yaml', text).model;
  assert.equal(model?.kind, 'Ladder');
  return model as Ladder;
}

/** The requirements of the first level of a ladder whose only level has `requirements` (YAML lines). */
function requirements(...yaml: string[]): Requirement[] {
  const text = [
    'kind: Ladder',
    'id: x',
    'name: X',
    'scale: [{id: 1, name: A}, {id: 2, name: B}]',
    'tracks: [{id: t, name: T}]',
    'levels:',
    '  - id: l',
    '    name: L',
    '    track: t',
    '    rank: 1',
    '    requirements:',
    ...yaml.map((line) => `      ${line}`),
    '',
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
    ).map((requirement) => describeRequirement(requirement));
    assert.deepEqual(described, [
      'At least 1 year at rank 1',
      'At least 2.5 years at senior',
      'At least 3 years of experience',
      'At least 2 competencies rated 3 or higher in group core',
      'At least 1 competency rated 2 or higher from networking, linux',
      'At least 4 competencies rated 2 or higher',
      'peer-review recorded as passed',
      'unassisted-resolution at least 90',
      'backlog at least 1 and at most 5',
      'Any one of these 2',
      'More than one requirement type: check and metric',
      'No requirement type given',
    ]);
  });

  it('says what is missing', () => {
    assert.deepEqual(
      requirements('- time-at-level: {rank: 2}', '- competencies: {min: 2}', '- check: {}', '- metric: {id: m}').map(
        (requirement) => describeRequirement(requirement),
      ),
      [
        'Some time at rank 2',
        'Some competencies rated 2 or higher',
        'A check (not named) recorded as passed',
        'm within bounds (none given)',
      ],
    );
  });

  it('takes names and units from the ladder, and writes them as Markdown when asked', () => {
    const context = buildLadderContext(ladderOf(MINI_LADDER), [], []);
    const tenure = context.requirements.get('tenure')!.requirement;
    assert.equal(describeRequirement(tenure, context), 'At least 1 year at rank 1');
    const named = requirements(
      '- time-at-level: {years: 2, level: engineer}',
      '- competencies: {count: 1, min: 3, of: [troubleshooting]}',
      '- check: peer-review',
    );
    assert.deepEqual(
      named.map((requirement) => describeRequirement(requirement, context)),
      [
        'At least 2 years at Engineer (engineer)',
        'At least 1 competency rated Expert (3) or higher from Troubleshooting (troubleshooting)',
        'Peer review (peer-review) recorded as passed',
      ],
    );
    assert.deepEqual(
      named.map((requirement) => describeRequirement(requirement, context, MARKDOWN_WORDING)),
      [
        'At least 2 years at Engineer (`engineer`)',
        'At least 1 competency rated Expert (`3`) or higher from Troubleshooting (`troubleshooting`)',
        'Peer review (`peer-review`) recorded as passed',
      ],
    );
  });
});

describe('escapeMarkdown, the one Markdown escaping', () => {
  it('keeps each line as text: no heading, list, quote, fence, indented code, table, HTML or link can start', () => {
    const lines = [
      '# h',
      '- item',
      '+ x',
      '> q',
      '1. one',
      '2) two',
      '1.5 stays',
      '```js',
      '~~~',
      '    code',
      '<script>alert(1)</script>',
      '[link](http://x)',
      '| a | b |',
      '---',
      '===',
      '::error::x',
      '*em* _u_ `c` \\ &amp; ~~s~~',
      '\u001b[31m',
    ];
    assert.deepEqual(escapeMarkdown(lines.join('\n')).split('\n'), [
      '\\# h',
      '\\- item',
      '\\+ x',
      '\\> q',
      '1\\. one',
      '2\\) two',
      '1.5 stays',
      '\\`\\`\\`js',
      '\\~\\~\\~',
      'code',
      '\\<script\\>alert(1)\\</script\\>',
      '\\[link\\](http://x)',
      '\\| a \\| b \\|',
      '\\---',
      '\\===',
      '\\::error::x',
      '\\*em\\* \\_u\\_ \\`c\\` \\\\ \\&amp; \\~\\~s\\~\\~',
      '\\u001b\\[31m',
    ]);
  });

  it('puts text on one line for headings and cells, and ids in code spans that hold any text', () => {
    assert.equal(inline('Level\n# Heading\r\n- item\u2028> quote'), 'Level # Heading - item \\> quote');
    assert.equal(code('a`b'), '``a`b``');
    assert.equal(code('x\ny\u001b'), '`x\\ny\\u001b`');
    assert.equal(code('a|b'), 'a\\|b');
  });
});

describe('ladderToMarkdown', () => {
  it('renders tracks with levels by rank, expectations tables and requirements in words', () => {
    const ladder = ladderOf(MINI_LADDER);
    const markdown = ladderToMarkdown(buildLadderContext(ladder, [], []));
    const out = markdown.split('\n');
    assert.equal(out[0], '# Mini Ladder');
    assert.deepEqual(
      out.filter((line) => line.startsWith('#')),
      [
        '# Mini Ladder',
        '## Scale',
        '## Core (`core`)',
        '### Level 1 — Engineer (`engineer`)',
        '## IC (`ic`)',
        '### Level 2 — Senior (`senior`)',
        '### Level 3 — Lead (`lead`)',
        '## Competencies',
        '## Metrics',
        '## Checks',
      ],
    );
    assert.ok(out.includes('| Troubleshooting (`troubleshooting`) | 3 — Expert |'));
    assert.ok(out.includes('- At least 1 year at rank 1 · `tenure`'));
    assert.ok(out.includes('- Any one of these 2 · `either`'));
    assert.ok(out.includes('  - Peer review (`peer-review`) recorded as passed'));
    assert.ok(out.includes('- Resolved unassisted (`resolution`) at least 90% · `resolution-target`'));
    assert.ok(out.includes('**Next:** Senior (`senior`)'));
    assert.ok(markdown.endsWith('\n') && !markdown.endsWith('\n\n'));
  });

  it('escapes text so that names cannot inject markup or HTML', () => {
    const ladder = ladderOf(
      MINI_LADDER.replace('name: Mini Ladder', 'name: "<img src=x onerror=alert(1)> *bold* | pipe"'),
    );
    const markdown = ladderToMarkdown(buildLadderContext(ladder, [], []));
    assert.equal(markdown.split('\n')[0], '# \\<img src=x onerror=alert(1)\\> \\*bold\\* \\| pipe');
  });

  it('writes control characters and separators in names as escapes, as the CLI and the editor show them', () => {
    const ladder = ladderOf(
      MINI_LADDER.replace('name: Mini Ladder', 'name: "Mini\\u2028# Heading\\e[2J\\u202e"').replace(
        'name: Senior',
        'name: "\\N::error::x"',
      ),
    );
    const lines = ladderToMarkdown(buildLadderContext(ladder, [], [])).split('\n');
    assert.equal(lines[0], '# Mini # Heading\\u001b\\[2J\\u202e');
    assert.ok(lines.includes('### Level 2 — \\u0085::error::x (`senior`)'), lines.join('\n'));
  });
});

describe('scoreToMarkdown', () => {
  const report: ScoreReport = {
    person: 'Sam | Ortiz',
    ladder: 'mini',
    level: 'engineer',
    asOf: '2026-01-01',
    levels: [
      {
        id: 'engineer',
        name: 'Engineer',
        track: 'core',
        rank: 1,
        status: 'eligible',
        readiness: 1,
        expectations: [],
        requirements: [],
      },
      {
        id: 'senior',
        name: 'Senior',
        track: 'ic',
        rank: 2,
        status: 'not-yet',
        readiness: 2 / 3,
        expectations: [{ competency: 'writing', expected: 2, rated: 1, status: 'gap' }],
        requirements: [
          { id: 'tenure', type: 'time-at-level', status: 'met', detail: '1.5 years at rank 1 (needs 1)' },
          { type: 'check', status: 'waived', detail: 'waived (x)' },
        ],
      },
    ],
  };

  it('lists focus levels first and starred, with a table per level', () => {
    const out = scoreToMarkdown(report, { focus: ['senior'], ladderName: 'Mini Ladder' }).split('\n');
    assert.deepEqual(out.slice(0, 5), [
      '# Sam \\| Ortiz',
      '',
      '- **Ladder:** Mini Ladder (`mini`)',
      '- **Current level:** `engineer`',
      '- **As of:** 2026-01-01',
    ]);
    assert.deepEqual(
      out.filter((line) => line.startsWith('## ')),
      ['## Summary', '## ★ Senior (`senior`)', '## Engineer (`engineer`)'],
    );
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
        for (const match of source.matchAll(
          /code: '([a-z0-9-]+)'|'(?:error|warning|info)',\s*'([a-z0-9-]+)'|code: [^,]*\?\s*'([a-z0-9-]+)'\s*:\s*'([a-z0-9-]+)'/g,
        )) {
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
