// Workspaces in which one per-file list has `n` items, for the growth tests. Each case names the file
// opened in the editor, the files it references (present, or missing on purpose), where to complete
// and hover, the keystroke typed, the assessment scored, and what the pipeline must find (so that a
// case cannot pass by doing nothing). The texts are kept short: the tests time them at 10,000 items.

/** What the pipeline finds after the keystroke (see growthPipeline.ts). */
export interface GrowthFacts {
  /** Error diagnostics over the open file and its dependents. */
  errors: number;
  /** Files whose diagnostics were published: the open file and its dependents. */
  published: number;
  scoredLevels: number;
  completions: number;
}

/** One growth case at one size. */
export interface GrowthWorkspace {
  /** In-memory files by name. */
  files: Record<string, string>;
  /** The file opened in the editor. */
  open: string;
  /** The assessment to score. */
  score: string;
  /** The place to complete and hover at, given by the text just before it. */
  cursorAfter: string;
  /** A keystroke in the open file: text to find and what it becomes. */
  keystroke: [string, string];
  expected: GrowthFacts;
}

export interface GrowthCase {
  name: string;
  make(n: number): GrowthWorkspace;
}

/** The ladder of every growth workspace. */
export const GROWTH_LADDER = 'growth.ladder.yaml';
const ASSESSMENT = 'a.assessment.yaml';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const list = (key: string, lines: string[]): string => `${key}:\n${lines.join('\n')}\n`;

/** `day` days after 1990-01-01, as YYYY-MM-DD. */
function date(day: number): string {
  return new Date(Date.UTC(1990, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** Two levels, `one` then `two`, on track `ic`; `two` holds `body` (its expectations, requirements). */
const twoLevels = (body = ''): string =>
  `levels:\n  - {id: one, name: One, track: ic, rank: 1, next: [two]}\n  - id: two\n    name: Two\n    track: ic\n    rank: 2\n${body}`;

/** A ladder with a scale 1–3, competencies `writing` and `coding`, a metric, a check, track `ic` and two levels; any part replaced. */
function ladder(parts: {
  scale?: string;
  include?: string;
  competencies?: string;
  metrics?: string;
  checks?: string;
  tracks?: string;
  levels?: string;
}): string {
  return [
    'kind: Ladder\nid: growth\nname: Growth\n',
    parts.scale ?? 'scale: [{id: 1}, {id: 2}, {id: 3}]\n',
    parts.include ?? '',
    parts.competencies ?? 'competencies: [{id: writing, group: core}, {id: coding, group: core}]\n',
    parts.metrics ?? 'metrics: [{id: res, unit: percent}]\n',
    parts.checks ?? 'checks: [{id: peer}]\n',
    parts.tracks ?? 'tracks: [{id: ic}]\n',
    parts.levels ?? twoLevels('    expectations: {writing: 2, coding: 2}\n'),
  ].join('');
}

/** An assessment of `growth.ladder.yaml` at level `one`; any part replaced. */
function assessment(parts: {
  level?: string;
  target?: string;
  history?: string;
  ratings?: string;
  checks?: string;
  metrics?: string;
  waivers?: string;
}): string {
  return [
    `kind: SelfAssessment\nladder: ${GROWTH_LADDER}\nperson: Alex Kim\ndate: 2026-11-01\nlevel: ${parts.level ?? 'one'}\nsince: 2025-01-01\n`,
    parts.target ? `target: ${parts.target}\n` : '',
    parts.history ?? '',
    parts.ratings ?? 'ratings: {writing: 2, coding: 1}\n',
    parts.checks ?? 'checks: {peer: passed}\n',
    parts.metrics ?? 'metrics: {res: 90}\n',
    parts.waivers ?? '',
  ].join('');
}

const facts = (errors: number, published: number, scoredLevels: number, completions: number): GrowthFacts => ({
  errors,
  published,
  scoredLevels,
  completions,
});

/** `n` different includes, of catalogues that each define one competency, or of files that do not exist. */
function includeCase(present: boolean): GrowthCase {
  return {
    name: present ? 'include (catalogues present)' : 'include (files missing)',
    make(n) {
      const paths = range(n).map((i) => `catalogues/support/engineering/shared/c${i}.competencies.yaml`);
      const files: Record<string, string> = {
        [GROWTH_LADDER]: ladder({
          include: list(
            'include',
            paths.map((path) => `  - ${path}`),
          ),
        }),
        [ASSESSMENT]: assessment({}),
      };
      if (present) paths.forEach((path, i) => (files[path] = `kind: Competencies\ncompetencies:\n  - id: s${i}\n`));
      const middle = paths[n >> 1]!;
      return {
        files,
        open: GROWTH_LADDER,
        score: ASSESSMENT,
        cursorAfter: `  - ${paths[(n >> 1) + 1]}`,
        keystroke: [`  - ${middle}\n`, `  - ./${middle}\n`],
        // Missing: one error per include. Present: the catalogues are dependents; offered are the catalogue at
        // the cursor and the one whose path the keystroke spelled differently.
        expected: present ? facts(0, n + 2, 2, 2) : facts(n, 2, 2, 0),
      };
    },
  };
}

/** `n` levels in one chain along `next`; every 50th expects more and asks for time at the rank below. */
const levelsCase: GrowthCase = {
  name: 'levels',
  make(n) {
    const extra = (i: number) =>
      i % 50
        ? ''
        : `    expectations: {writing: ${1 + Math.floor((2 * i) / n)}}\n    requirements: [{time-at-level: {years: 1, rank: ${Math.max(1, i)}}}]\n`;
    const levels = range(n).map(
      (i) =>
        `  - id: l${i}\n    name: L${i}\n    track: ic\n    rank: ${i + 1}\n${extra(i)}${i + 1 < n ? `    next: [l${i + 1}]\n` : ''}`,
    );
    const history = list(
      'history',
      range(20).map((i) => `  - {level: l${i}, from: ${date(i * 30)}, to: ${date(i * 30 + 29)}}`),
    );
    const middle = n >> 1;
    return {
      files: {
        [GROWTH_LADDER]: ladder({ levels: `levels:\n${levels.join('')}` }),
        [ASSESSMENT]: assessment({ level: 'l20', target: `l${n - 1}`, history }),
      },
      open: GROWTH_LADDER,
      score: ASSESSMENT,
      cursorAfter: `name: L${middle + 1}\n    track: i`,
      keystroke: [`name: L${middle}\n`, `name: L${middle}x\n`],
      expected: facts(0, 2, n, 1),
    };
  },
};

/** `n` competencies in two groups, all expected by level `two` and rated by the assessment. */
const competenciesCase: GrowthCase = {
  name: 'competencies',
  make(n) {
    const competencies = range(n).map(
      (i) =>
        `  - id: s${i}\n    group: ${i % 2 ? 'odd' : 'even'}${i % 10 ? '' : '\n    descriptors: {1: Starts, 3: Leads}'}`,
    );
    const expectations = range(n).map((i) => `      s${i}: 2`);
    const levels = twoLevels(
      `    expectations:\n${expectations.join('\n')}\n    requirements: [{competencies: {count: 2, min: 2, group: odd}}]\n`,
    );
    const ratings = list(
      'ratings',
      range(n).map((i) => `  s${i}: ${1 + (i % 3)}`),
    );
    const middle = n >> 1;
    return {
      files: {
        [GROWTH_LADDER]: ladder({ competencies: list('competencies', competencies), levels }),
        [ASSESSMENT]: assessment({ ratings }),
      },
      open: GROWTH_LADDER,
      score: ASSESSMENT,
      cursorAfter: `      s${middle}: `,
      keystroke: [`  - id: s${middle}\n`, `  - id: s${middle}x\n`],
      // The keystroke renames a competency that stays expected and rated: two unknown references.
      expected: facts(2, 2, 2, 3),
    };
  },
};

/** Level `two` with `n` requirements of every type, each with an id; three are waived. */
const requirementsCase: GrowthCase = {
  name: 'requirements',
  make(n) {
    const kinds = [
      (i: number) => `{id: r${i}, check: peer}`,
      (i: number) => `{id: r${i}, metric: {id: res, min: ${i % 100}}}`,
      (i: number) => `{id: r${i}, time-at-level: {years: 1, rank: 1}}`,
      (i: number) => `{id: r${i}, competencies: {count: 1, min: 2, group: core}}`,
      (i: number) => `{id: r${i}, experience: {years: ${i % 10}}}`,
    ];
    const requirements = range(n).map((i) => `      - ${kinds[i % kinds.length]!(i)}`);
    const waivers = list(
      'waivers',
      [0, 1, 2].map((i) => `  - {requirement: r${i}, reason: Approved}`),
    );
    const middle = n >> 1;
    return {
      files: {
        [GROWTH_LADDER]: ladder({ levels: twoLevels(`    requirements:\n${requirements.join('\n')}\n`) }),
        [ASSESSMENT]: assessment({ waivers }),
      },
      open: GROWTH_LADDER,
      score: ASSESSMENT,
      cursorAfter: `{id: r${middle + 1}, `,
      keystroke: [`{id: r${middle}, `, `{id: r${middle}x, `],
      // the requirement keys not yet written, `formerly` among them
      expected: facts(0, 2, 2, 9),
    };
  },
};

/** An assessment with `n` earlier periods, alternating between the two levels, both asked for in time. */
const historyCase: GrowthCase = {
  name: 'history',
  make(n) {
    const history = list(
      'history',
      range(n).map((i) => `  - {level: ${i % 2 ? 'two' : 'one'}, from: ${date(i)}, to: ${date(i + 1)}}`),
    );
    const levels = twoLevels(
      '    requirements:\n      - {time-at-level: {years: 1, rank: 1}}\n      - {time-at-level: {years: 2, level: two}}\n',
    );
    return {
      files: { [GROWTH_LADDER]: ladder({ levels }), [ASSESSMENT]: assessment({ history }) },
      open: ASSESSMENT,
      score: ASSESSMENT,
      cursorAfter: '  - {level: ',
      keystroke: [`from: ${date(n >> 1)}`, `from:  ${date(n >> 1)}`],
      expected: facts(0, 1, 2, 2),
    };
  },
};

/** An assessment rating `n` competencies (every other one in the long form) that its ladder defines. */
const ratingsCase: GrowthCase = {
  name: 'ratings',
  make(n) {
    const competencies = list(
      'competencies',
      range(n).map((i) => `  - id: s${i}`),
    );
    const levels = twoLevels(
      '    expectations: {s0: 2, s1: 2}\n    requirements: [{competencies: {count: 3, min: 3}}]\n',
    );
    const ratings = list(
      'ratings',
      range(n).map((i) =>
        i % 2 ? `  s${i}: ${1 + (i % 3)}` : `  s${i}: {rating: ${1 + (i % 3)}, evidence: [ticket ${i}]}`,
      ),
    );
    return {
      files: { [GROWTH_LADDER]: ladder({ competencies, levels }), [ASSESSMENT]: assessment({ ratings }) },
      open: ASSESSMENT,
      score: ASSESSMENT,
      cursorAfter: `  s${n - 1}: `,
      keystroke: [`  s${n >> 1}: `, `  s${n >> 1}:  `],
      // The scale, and the long form of a rating.
      expected: facts(0, 1, 2, 4),
    };
  },
};

/** `n` checks, each required by level `two` and recorded by the assessment; completion of a check name. */
const checksCase: GrowthCase = {
  name: 'checks',
  make(n) {
    const checks = list(
      'checks',
      range(n).map((i) => `  - id: c${i}`),
    );
    const levels = twoLevels(
      `    requirements:\n${range(n)
        .map((i) => `      - check: c${i}`)
        .join('\n')}\n`,
    );
    const recorded = list(
      'checks',
      range(n).map((i) => `  c${i}: ${['passed', 'pending', 'failed'][i % 3]}`),
    );
    return {
      files: { [GROWTH_LADDER]: ladder({ checks, levels }), [ASSESSMENT]: assessment({ checks: recorded }) },
      open: GROWTH_LADDER,
      score: ASSESSMENT,
      cursorAfter: '      - check: ',
      keystroke: [`  - id: c${n >> 1}\n`, `  - id: c${n >> 1}\n\n`],
      expected: facts(0, 2, 2, n),
    };
  },
};

/** `n` metrics, each required by level `two` and given a value by the assessment; completion of a metric id. */
const metricsCase: GrowthCase = {
  name: 'metrics',
  make(n) {
    const metrics = list(
      'metrics',
      range(n).map((i) => `  - id: m${i}`),
    );
    const levels = twoLevels(
      `    requirements:\n${range(n)
        .map((i) => `      - metric: {id: m${i}, min: ${i % 50}}`)
        .join('\n')}\n`,
    );
    const values = list(
      'metrics',
      range(n).map((i) => `  m${i}: ${i % 100}`),
    );
    return {
      files: { [GROWTH_LADDER]: ladder({ metrics, levels }), [ASSESSMENT]: assessment({ metrics: values }) },
      open: GROWTH_LADDER,
      score: ASSESSMENT,
      cursorAfter: '      - metric: {id: ',
      keystroke: [`  - id: m${n >> 1}\n`, `  - id: m${n >> 1}\n\n`],
      expected: facts(0, 2, 2, n),
    };
  },
};

/** `n` requirements with ids, every one waived by the assessment. */
const waiversCase: GrowthCase = {
  name: 'waivers',
  make(n) {
    const levels = twoLevels(
      `    requirements:\n${range(n)
        .map((i) => `      - {id: r${i}, check: peer}`)
        .join('\n')}\n`,
    );
    const waivers = list(
      'waivers',
      range(n).map((i) => `  - requirement: r${i}${i % 10 ? '' : '\n    reason: Approved'}`),
    );
    return {
      files: { [GROWTH_LADDER]: ladder({ levels }), [ASSESSMENT]: assessment({ waivers }) },
      open: ASSESSMENT,
      score: ASSESSMENT,
      cursorAfter: `  - requirement: r${n - 1}`,
      keystroke: [`  - requirement: r${n >> 1}\n`, `  - requirement: r${n >> 1}\n\n`],
      // The one requirement offered is the one at the cursor: the others are waived already.
      expected: facts(0, 1, 2, 1),
    };
  },
};

/** `n` tracks, each with one level; every 100th level leads to the top one. */
const tracksCase: GrowthCase = {
  name: 'tracks',
  make(n) {
    const tracks = list(
      'tracks',
      range(n).map((i) => `  - id: t${i}`),
    );
    const levels = range(n).map(
      (i) =>
        `  - id: l${i}\n    name: L${i}\n    track: t${i}\n    rank: ${i ? 1 : 2}${i % 100 === 1 ? '\n    next: [l0]' : ''}`,
    );
    const middle = n >> 1;
    return {
      files: {
        [GROWTH_LADDER]: ladder({ tracks, levels: list('levels', levels) }),
        [ASSESSMENT]: assessment({ level: 'l1', target: `l${n - 1}` }),
      },
      open: GROWTH_LADDER,
      score: ASSESSMENT,
      cursorAfter: `name: L${middle}\n    track: `,
      keystroke: [`  - id: t${middle}\n`, `  - id: t${middle}\n\n`],
      expected: facts(0, 2, n, n),
    };
  },
};

/** A scale of `n` values, a competency describing each, and expectations and ratings spread over it. */
const scaleCase: GrowthCase = {
  name: 'scale values',
  make(n) {
    const scale = list(
      'scale',
      range(n).map((i) => `  - id: ${i + 1}`),
    );
    const descriptors = range(n).map((i) => `      ${i + 1}: Step ${i + 1}.`);
    const competencies = `competencies:\n  - id: writing\n    descriptors:\n${descriptors.join('\n')}\n  - {id: coding}\n`;
    const levels = `levels:\n  - {id: one, name: One, track: ic, rank: 1, expectations: {writing: ${n >> 2}}, next: [two]}\n  - id: two\n    name: Two\n    track: ic\n    rank: 2\n    expectations: {writing: ${n >> 1}, coding: ${n}}\n    requirements: [{competencies: {count: 1, min: ${n >> 1}}}]\n`;
    return {
      files: {
        [GROWTH_LADDER]: ladder({ scale, competencies, levels }),
        [ASSESSMENT]: assessment({ ratings: `ratings: {writing: ${n >> 1}, coding: ${n - 1}}\n` }),
      },
      open: GROWTH_LADDER,
      score: ASSESSMENT,
      cursorAfter: `{writing: ${n >> 1}, coding: `,
      keystroke: [`      ${n >> 1}: Step`, `      ${n >> 1}: A step`],
      expected: facts(0, 2, 2, n),
    };
  },
};

/** A first level whose `next` lists `n` levels of the rank above. */
const nextCase: GrowthCase = {
  name: 'next lists',
  make(n) {
    const targets = range(n).map((i) => `l${i}`);
    const levels = [
      `  - {id: start, name: Start, track: ic, rank: 1, next: [${targets.join(', ')}]}`,
      ...targets.map((id) => `  - id: ${id}\n    name: ${id}\n    track: ic\n    rank: 2`),
    ];
    const middle = n >> 1;
    return {
      files: {
        [GROWTH_LADDER]: ladder({ levels: list('levels', levels) }),
        [ASSESSMENT]: assessment({ level: 'start' }),
      },
      open: GROWTH_LADDER,
      score: ASSESSMENT,
      cursorAfter: `l${middle}, `,
      keystroke: [`  - id: l${middle}\n    name: `, `  - id: l${middle}\n    name:  `],
      // Completion offers the levels not listed yet: the one at the cursor.
      expected: facts(0, 2, n + 1, 1),
    };
  },
};

/** One any-of with `n` options: checks, and one in ten an all-of pair or a competency count. */
const anyOfCase: GrowthCase = {
  name: 'any-of/all-of children',
  make(n) {
    const option = (i: number) => {
      if (i % 10 === 0) return `          - {id: o${i}, competencies: {count: 1, min: 3, of: [writing, coding]}}`;
      if (i % 10 === 5)
        return `          - id: o${i}\n            all-of: [{check: peer}, {experience: {years: ${i % 7}}}]`;
      return `          - {id: o${i}, check: peer}`;
    };
    const levels = twoLevels(
      `    requirements:\n      - id: options\n        any-of:\n${range(n).map(option).join('\n')}\n`,
    );
    const middle = Math.floor(n / 20) * 10 + 5;
    return {
      files: {
        [GROWTH_LADDER]: ladder({ levels }),
        [ASSESSMENT]: assessment({ waivers: 'waivers: [{requirement: o1, reason: Approved}]\n' }),
      },
      open: GROWTH_LADDER,
      score: ASSESSMENT,
      cursorAfter: `id: o${middle}\n            all-of: [{check: `,
      keystroke: [`{id: o${middle + 2}, `, `{id: o${middle + 2}x, `],
      expected: facts(0, 2, 2, 1),
    };
  },
};

/** An assessment rating `n` competencies its ladder does not define, each one letter off one it does. */
const unknownCase: GrowthCase = {
  name: 'unknown references',
  make(n) {
    const competencies = list(
      'competencies',
      range(n).map((i) => `  - id: skill-${i}`),
    );
    const ratings = list(
      'ratings',
      range(n).map((i) => `  skil-${i}: 2`),
    );
    return {
      files: {
        [GROWTH_LADDER]: ladder({ competencies, levels: twoLevels('    expectations: {skill-0: 2}\n') }),
        [ASSESSMENT]: assessment({ ratings }),
      },
      open: ASSESSMENT,
      score: ASSESSMENT,
      cursorAfter: `  skil-${n >> 1}: `,
      keystroke: [`  skil-${n >> 1}: `, `  skil-${n >> 1}:  `],
      expected: facts(n, 1, 2, 4),
    };
  },
};

export const GROWTH_CASES: readonly GrowthCase[] = [
  includeCase(false),
  includeCase(true),
  levelsCase,
  competenciesCase,
  requirementsCase,
  historyCase,
  ratingsCase,
  checksCase,
  metricsCase,
  waiversCase,
  tracksCase,
  scaleCase,
  nextCase,
  anyOfCase,
  unknownCase,
];
