// Deterministic generator of realistic ladder workspaces: a shared competency catalogue, ladders of a
// requested size (many tracks, levels, competencies and requirements of every type) and self-assessments
// that rate people against them. Every file is valid; the same seed always gives the same bytes.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Random, seedOf } from './random.mjs';

export const SCALE = [
  { id: 1, name: 'Learning', description: 'Building the skill; needs guidance.' },
  { id: 2, name: 'Practising', description: 'Applies the skill independently in routine situations.' },
  { id: 3, name: 'Proficient', description: 'Handles complex situations and helps others.' },
  { id: 4, name: 'Expert', description: 'Subject-matter expert; the go-to person who teaches others.' },
];

const CATALOGUE_SKILLS = [
  ['product-knowledge', 'Product knowledge', 'core'],
  ['troubleshooting', 'Technical troubleshooting', 'core'],
  ['networking', 'Networking', 'core'],
  ['linux', 'Linux and operating systems', 'core'],
  ['cloud-platforms', 'Cloud platforms', 'core'],
  ['scripting-automation', 'Scripting and automation', 'core'],
  ['support-tooling', 'Support tooling', 'core'],
  ['databases', 'Databases and SQL', 'core'],
  ['security-basics', 'Security fundamentals', 'core'],
  ['api-integrations', 'APIs and integrations', 'core'],
  ['identity-sso', 'Identity and single sign-on', 'core'],
  ['mobile-apps', 'Mobile apps', 'core'],
  ['observability', 'Logs, metrics and tracing', 'core'],
  ['billing-systems', 'Billing systems', 'core'],
  ['data-privacy', 'Data privacy', 'core'],
  ['release-process', 'Release process', 'core'],
  ['customer-communication', 'Customer communication', 'professional'],
  ['customer-service', 'Customer service orientation', 'professional'],
  ['documentation', 'Documentation and knowledge base', 'professional'],
  ['time-management', 'Time management and prioritisation', 'professional'],
  ['collaboration', 'Cross-functional collaboration', 'professional'],
  ['mentoring', 'Mentoring and knowledge sharing', 'professional'],
  ['written-english', 'Written communication', 'professional'],
  ['de-escalation', 'De-escalation', 'professional'],
  ['feedback', 'Giving and receiving feedback', 'professional'],
  ['ownership', 'Ownership', 'professional'],
  ['adaptability', 'Adaptability', 'professional'],
  ['presentation', 'Presenting', 'professional'],
  ['people-leadership', 'People leadership', 'leadership'],
  ['coverage-planning', 'Coverage planning', 'leadership'],
  ['team-metrics', 'Team metrics and goals', 'leadership'],
  ['hiring', 'Hiring and interviewing', 'leadership'],
  ['budgeting', 'Budgeting', 'leadership'],
  ['stakeholder-management', 'Stakeholder management', 'leadership'],
  ['strategy', 'Support strategy', 'leadership'],
  ['change-management', 'Change management', 'leadership'],
  ['incident-command', 'Incident command', 'operations'],
  ['process-improvement', 'Process improvement', 'operations'],
  ['quality-assurance', 'Quality assurance', 'operations'],
  ['workforce-management', 'Workforce management', 'operations'],
];

const AREAS = [
  'billing',
  'android',
  'ios',
  'web',
  'api',
  'sso',
  'payments',
  'reporting',
  'migrations',
  'onboarding',
  'enterprise',
  'fraud',
  'sdk',
  'exports',
  'search',
  'analytics',
  'webhooks',
  'permissions',
  'storage',
  'scheduling',
];
const SKILLS = [
  'escalations',
  'triage',
  'diagnostics',
  'runbooks',
  'tooling',
  'advocacy',
  'liaison',
  'content',
  'training',
  'automation',
  'forecasting',
  'reviews',
  'audits',
  'handoffs',
  'rollouts',
  'outreach',
];
const OWN_GROUPS = ['specialty', 'operations', 'customer', 'technical', 'leadership'];
const TITLES = [
  'Associate',
  'Engineer',
  'Specialist',
  'Analyst',
  'Advocate',
  'Consultant',
  'Lead',
  'Manager',
  'Architect',
  'Director',
];
const PREFIXES = ['Junior', 'Senior', 'Staff', 'Principal', 'Distinguished'];
const VERBS = [
  'Owns',
  'Leads',
  'Improves',
  'Reviews',
  'Documents',
  'Mentors others on',
  'Coordinates',
  'Drives',
  'Handles',
  'Maintains',
  'Plans',
  'Reports on',
  'Triages',
  'Automates',
];
const OBJECTS = [
  'escalations from enterprise customers',
  'the on-call rotation',
  'knowledge-base articles for the product area',
  'weekend and holiday coverage',
  'handoffs to engineering',
  'customer onboarding sessions',
  "the team's runbooks",
  'incident communication',
  'quality reviews of tickets',
  'the triage queue',
  'renewal-risk accounts',
  'bug reports and their reproduction',
  'training for new hires',
  'the support tooling configuration',
  'feedback to product management',
  'chargebacks and invoicing questions',
  'SLA reporting',
  'the migration playbook',
];
const QUALIFIERS = [
  'without assistance',
  'for a region or time zone',
  'across several teams',
  'with the product team',
  'end to end',
  'in line with the SLA',
  'for the most complex cases',
  'when the schedule requires it',
  'and shares what they learn',
  'with measurable results',
];
const FIRST = [
  'Alex',
  'Sam',
  'Jordan',
  'Priya',
  'Dani',
  'Morgan',
  'Chen',
  'Fatima',
  'Lucas',
  'Ines',
  'Kenji',
  'Amara',
  'Noah',
  'Sofia',
  'Omar',
  'Lena',
  'Ravi',
  'Zoe',
  'Mateo',
  'Aiko',
];
const LAST = [
  'Kim',
  'Ortiz',
  'Lee',
  'Nair',
  'Okafor',
  'Reyes',
  'Wang',
  'Haddad',
  'Silva',
  'Moreau',
  'Tanaka',
  'Mensah',
  'Fischer',
  'Rossi',
  'Khan',
  'Novak',
  'Patel',
  'Dubois',
  'Garcia',
  'Sato',
];
const UNITS = ['percent', 'ratio', 'count', 'hours', 'minutes', 'days', 'score'];

function sentence(rng) {
  return `${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(QUALIFIERS)}.`;
}

function prose(rng, sentences) {
  return Array.from({ length: sentences }, () => sentence(rng)).join(' ');
}

/** Wraps prose into `>-` folded lines at the given indentation. */
function folded(text, indent, width = 96) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + word.length + 1 > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

/** Collects lines and remembers where named lines are. */
class Emitter {
  constructor() {
    this.lines = [];
    this.marks = {};
  }
  push(...lines) {
    this.lines.push(...lines);
  }
  mark(name) {
    this.marks[name] = this.lines.length;
  }
  get count() {
    return this.lines.length;
  }
  text() {
    return `${this.lines.join('\n')}\n`;
  }
}

/** The shared catalogue every generated ladder includes. */
export function generateCatalogue(seed = 'catalogue') {
  const rng = new Random(seedOf(seed));
  const out = new Emitter();
  out.push(
    '# Shared competency catalogue, included by every generated ladder.',
    'kind: Competencies',
    'id: shared-support',
    'competencies:',
  );
  const competencies = [];
  for (const [id, name, group] of CATALOGUE_SKILLS) {
    competencies.push({ id, group });
    out.push(
      `  - id: ${id}`,
      `    name: ${name}`,
      `    group: ${group}`,
      '    description: >-',
      ...folded(prose(rng, 2), '      '),
      '    descriptors:',
    );
    for (const step of SCALE) out.push(`      ${step.id}: ${sentence(rng)}`);
    out.push('');
  }
  return { text: out.text(), competencies };
}

function flowList(items) {
  return `[${items.join(', ')}]`;
}

/**
 * A ladder of about `targetLines` lines. Returns its text and the facts assessments and the benchmark
 * need: levels (with what they expect and require), competencies, checks, metrics, and `anchors`,
 * zero-based line numbers in a level in the middle of the file.
 */
export function generateLadder({ id, targetLines, catalogue, cataloguePath, seed = id }) {
  const rng = new Random(seedOf(seed));
  const ownCount = Math.max(8, Math.round(targetLines / 110));
  const metricCount = Math.max(3, Math.round(targetLines / 900));
  const checkCount = Math.max(4, Math.round(targetLines / 700));
  const levelEstimate = Math.max(6, Math.round((targetLines - ownCount * 10 - 60) / 55));
  const trackCount = Math.max(3, Math.round(levelEstimate / 7));

  const own = [];
  const usedOwn = new Set(catalogue.competencies.map((c) => c.id));
  for (let i = 0; own.length < ownCount; i++) {
    let cid = `${AREAS[i % AREAS.length]}-${SKILLS[Math.floor(i / AREAS.length) % SKILLS.length]}`;
    if (usedOwn.has(cid)) cid = `${cid}-${Math.floor(i / (AREAS.length * SKILLS.length)) + 1}`;
    usedOwn.add(cid);
    own.push({ id: cid, group: rng.pick(OWN_GROUPS) });
  }
  const allCompetencies = [...catalogue.competencies, ...own];
  const groups = [...new Set(allCompetencies.map((c) => c.group))];
  const groupSizes = new Map(groups.map((g) => [g, allCompetencies.filter((c) => c.group === g).length]));
  const metrics = Array.from({ length: metricCount }, (_, i) => ({
    id: `kpi-${i + 1}`,
    better: i % 3 === 2 ? 'lower' : 'higher',
    unit: UNITS[i % UNITS.length],
  }));
  const checks = Array.from({ length: checkCount }, (_, i) => ({
    id: ['peer-review', 'documented-need', 'coaching-success', 'people-management-experience'][i] ?? `check-${i + 1}`,
  }));
  const tracks = Array.from({ length: trackCount }, (_, i) => ({
    id: i === 0 ? 'core' : `track-${i}`,
    name: i === 0 ? 'Core Role' : `${rng.pick(AREAS)[0].toUpperCase()}${rng.pick(AREAS).slice(1)} Path ${i}`,
  }));

  const out = new Emitter();
  out.push(
    `# Generated ladder "${id}" for the benchmark (about ${targetLines.toLocaleString('en-US')} lines).`,
    'kind: Ladder',
    `id: ${id}`,
    `name: ${id.replace(/-/g, ' ')} career ladder`,
    'description: >-',
    ...folded(prose(rng, 4), '  '),
    '',
    'scale:',
  );
  for (const step of SCALE)
    out.push(`  - id: ${step.id}`, `    name: ${step.name}`, `    description: ${step.description}`);
  out.push('', 'include:', `  - ${cataloguePath}`, '', 'competencies:');
  for (const c of own) {
    out.push(
      `  - id: ${c.id}`,
      `    name: ${c.id.replace(/-/g, ' ')}`,
      `    group: ${c.group}`,
      `    description: ${sentence(rng)}`,
      '    descriptors:',
    );
    for (const step of SCALE) if (step.id !== 3 || rng.chance(0.7)) out.push(`      ${step.id}: ${sentence(rng)}`);
  }
  out.push('', 'metrics:');
  for (const m of metrics)
    out.push(
      `  - id: ${m.id}`,
      `    name: ${m.id.replace('-', ' ').toUpperCase()} (${m.unit})`,
      `    unit: ${m.unit}`,
      `    better: ${m.better}`,
    );
  out.push('', 'checks:');
  for (const c of checks) out.push(`  - id: ${c.id}`, `    name: ${c.id.replace(/-/g, ' ')}`);
  out.push('', 'tracks:');
  for (const t of tracks) out.push(`  - id: ${t.id}`, `    name: ${t.name}`);
  out.push('', 'levels:');

  // Levels: each track climbs ranks 1..n; levels are emitted track by track until the file is big enough.
  const levels = [];
  const byTrack = new Map(tracks.map((t) => [t.id, []]));
  const levelTexts = [];
  let trackIndex = 0;
  let emittedLines = out.count;
  const plan = [];
  while (emittedLines < targetLines - 30 || plan.length < 6) {
    const track = tracks[trackIndex % tracks.length];
    const rank = byTrack.get(track.id).length + 1;
    const levelId = `${track.id}-l${rank}`;
    const level = {
      id: levelId,
      track: track.id,
      rank,
      expectations: [],
      requirementIds: [],
      checks: [],
      metrics: [],
      next: [],
    };
    byTrack.get(track.id).push(level);
    plan.push(level);
    trackIndex++;
    emittedLines += 55;
  }
  const middle = plan[Math.floor(plan.length / 2)];
  for (const level of plan) {
    const siblings = byTrack.get(level.track);
    const index = siblings.indexOf(level);
    const previous = index > 0 ? siblings[index - 1] : undefined;
    const otherHigher = plan.filter((l) => l.rank === level.rank + 1 && l.track !== level.track);
    level.next = [
      ...(siblings[index + 1] ? [siblings[index + 1].id] : []),
      ...(otherHigher.length > 0 && rng.chance(0.5) ? [rng.pick(otherHigher).id] : []),
    ];
    const isMiddle = level === middle;
    const title = `${level.rank > 1 ? `${PREFIXES[(level.rank - 2) % PREFIXES.length]} ` : ''}${TITLES[(level.rank + levels.length) % TITLES.length]}`;
    out.push(`  # --- ${title} (${level.track}, rank ${level.rank}) ---`);
    out.push(`  - id: ${level.id}`, `    name: ${title} ${levels.length + 1}`, `    track: ${level.track}`);
    if (isMiddle) out.mark('rankKey');
    out.push(`    rank: ${level.rank}`);
    if (isMiddle) {
      out.mark('blankKey');
      out.push('    ');
    }
    if (isMiddle) out.mark('summaryKey');
    out.push('    summary: >-', ...folded(prose(rng, 2), '      '));
    out.push('    responsibilities:');
    for (let i = rng.int(4, 6); i > 0; i--) out.push(`      - ${sentence(rng)}`);
    out.push('    expectations:');
    const expected = rng.sample(allCompetencies, rng.int(8, 12));
    if (isMiddle) {
      out.mark('expectation');
      // The first expectation of the anchor level is a catalogue competency: definition crosses files.
      const anchor = catalogue.competencies[1];
      const at = expected.indexOf(anchor);
      if (at > 0) expected.splice(at, 1);
      if (at !== 0) expected.unshift(anchor);
    }
    for (const c of expected) {
      // Never lower than the level below on the same track expects (its rank is one less).
      const min = Math.min(4, Math.max(1, level.rank - rng.int(0, 1)));
      level.expectations.push({ competency: c.id, min });
      out.push(`      ${c.id}: ${min}`);
    }
    out.push('    requirements:');
    const req = (suffix) => {
      const rid = `${level.id}-${suffix}`;
      level.requirementIds.push(rid);
      return rid;
    };
    const metricA = rng.pick(metrics);
    const metricB = rng.pick(metrics);
    const checkA = rng.pick(checks);
    const checkB = rng.pick(checks.filter((c) => c !== checkA));
    level.checks.push(checks[0].id, checkA.id, checkB.id);
    level.metrics.push(metricA.id, metricB.id);
    if (previous) {
      out.push(
        `      - id: ${req('tenure')}`,
        `        description: ${rng.int(1, 3)} years at rank ${previous.rank}.`,
        `        time-at-level: {years: ${rng.pick([1, 1.5, 2])}, rank: ${previous.rank}}`,
      );
    }
    out.push(
      `      - id: ${req('experience')}`,
      '        experience:',
      `          years: ${level.rank + rng.int(0, 3)}`,
    );
    const group = rng.pick(groups);
    out.push(
      `      - id: ${req('sme')}`,
      `        description: ${sentence(rng)}`,
      `        competencies: {count: ${rng.int(1, Math.min(3, groupSizes.get(group)))}, min: ${Math.min(4, level.rank + 1)}, group: ${group}}`,
    );
    out.push(
      `      - id: ${req('breadth')}`,
      '        competencies:',
      `          count: 2`,
      `          min: ${Math.min(4, level.rank)}`,
      `          of: ${flowList(rng.sample(allCompetencies, 3).map((c) => c.id))}`,
    );
    out.push(`      - id: ${req('review')}`, `        check: ${checks[0].id}`);
    out.push(
      `      - id: ${req('kpi')}`,
      `        description: ${sentence(rng)}`,
      `        metric: {id: ${metricA.id}, ${metricA.better === 'higher' ? 'min' : 'max'}: ${metricA.better === 'higher' ? rng.int(70, 95) : rng.int(2, 24)}}`,
    );
    out.push(
      `      - id: ${req('either')}`,
      `        description: ${sentence(rng)}`,
      '        any-of:',
      `          - check: ${checkA.id}`,
    );
    if (previous) out.push(`          - time-at-level: {years: 1, level: ${previous.id}}`);
    out.push(
      '          - all-of:',
      `              - check: ${checkB.id}`,
      `              - metric: {id: ${metricB.id}, min: 0, max: ${rng.int(50, 500)}}`,
    );
    if (level.next.length > 0) out.push(`    next: ${flowList(level.next)}`);
    out.push('');
    levels.push(level);
  }
  const anchors = { ...out.marks, level: middle.id, expectationCompetency: middle.expectations[0].competency };
  return { text: out.text(), id, levels, competencies: allCompetencies, checks, metrics, anchors, lines: out.count };
}

/**
 * A day as the samples and scaffolds write it: quoted, so that readers of YAML 1.1 (js-yaml, and so
 * ajv-cli, the benchmark's peer) read a string, as the schema says, not a timestamp.
 */
function isoDate(day) {
  return `"${new Date(day * 86_400_000).toISOString().slice(0, 10)}"`;
}

/** One self-assessment of a person against `ladder`. */
export function generateAssessment({ ladder, ladderPath, index, seed }) {
  const rng = new Random(seedOf(seed));
  const asOf = Math.floor(Date.UTC(2026, 10, 1) / 86_400_000) - rng.int(0, 120);
  const level = rng.pick(ladder.levels.filter((l) => l.next.length > 0)) ?? ladder.levels[0];
  const target = ladder.levels.find((l) => l.id === level.next[0]) ?? level;
  const since = asOf - rng.int(120, 1200);
  const out = new Emitter();
  out.push(
    'kind: SelfAssessment',
    `ladder: ${ladderPath}`,
    `person: ${rng.pick(FIRST)} ${rng.pick(LAST)} ${index}`,
    `date: ${isoDate(asOf)}`,
    `level: ${level.id}`,
    `since: ${isoDate(since)}`,
  );
  const earlier = ladder.levels.filter((l) => l.track === level.track && l.rank < level.rank);
  if (earlier.length > 0) {
    out.push('history:');
    let to = since;
    for (const previous of earlier.slice(-3).reverse()) {
      const from = to - rng.int(200, 900);
      out.push(`  - {level: ${previous.id}, from: ${isoDate(from)}, to: ${isoDate(to)}}`);
      to = from;
    }
  }
  out.push(`experience-years: ${rng.int(1, 15)}`, `target: ${target.id}`, 'ratings:');
  const rated = new Set([...level.expectations, ...target.expectations].map((e) => e.competency));
  for (const c of rng.sample(ladder.competencies, 6)) rated.add(c.id);
  for (const cid of rated) {
    if (rng.chance(0.08)) continue; // left unrated
    const rating = rng.int(1, 4);
    if (rng.chance(0.2)) {
      out.push(
        `  ${cid}:`,
        `    rating: ${rating}`,
        '    evidence:',
        `      - https://tickets.example.com/${rng.int(1000, 99999)} ${sentence(rng).toLowerCase()}`,
      );
      if (rng.chance(0.5)) out.push(`      - ${sentence(rng)}`);
      if (rng.chance(0.3)) out.push(`    note: ${sentence(rng)}`);
    } else out.push(`  ${cid}: ${rating}`);
  }
  out.push('checks:');
  for (const check of new Set([...level.checks, ...target.checks]))
    out.push(`  ${check}: ${rng.pick(['passed', 'passed', 'pending', 'failed', true, false])}`);
  out.push('metrics:');
  for (const metric of new Set([...level.metrics, ...target.metrics])) out.push(`  ${metric}: ${rng.int(0, 100)}`);
  if (rng.chance(0.15) && target.requirementIds.length > 0) {
    out.push(
      'waivers:',
      `  - requirement: ${rng.pick(target.requirementIds)}`,
      `    reason: ${sentence(rng)}`,
      `    approved-by: ${rng.pick(FIRST)} ${rng.pick(LAST)}`,
      `    date: ${isoDate(asOf - rng.int(1, 60))}`,
    );
  }
  return out.text();
}

const REVIEW_ROLES = ['manager', 'peer', 'peer', 'panel', 'other'];

/** One review of an assessment: `kind: Review`, a reviewer and role, and ratings of 10–20 of the ladder's competencies. */
export function generateReview({ ladder, assessmentPath, index, seed }) {
  const rng = new Random(seedOf(seed));
  const out = new Emitter();
  out.push(
    'kind: Review',
    `assessment: ${assessmentPath}`,
    `reviewer: ${rng.pick(FIRST)} ${rng.pick(LAST)}`,
    `role: ${REVIEW_ROLES[index % REVIEW_ROLES.length]}`,
    `date: ${isoDate(Math.floor(Date.UTC(2026, 10, 15) / 86_400_000) + index)}`,
    'ratings:',
  );
  const rated = rng.sample(ladder.competencies, Math.min(ladder.competencies.length, rng.int(10, 20)));
  for (const [i, c] of rated.entries()) {
    const rating = rng.int(1, 4);
    // the first rating stays in the short form: the benchmark edits it
    if (i > 0 && rng.chance(0.25)) out.push(`  ${c.id}:`, `    rating: ${rating}`, `    note: ${sentence(rng)}`);
    else out.push(`  ${c.id}: ${rating}`);
  }
  out.push(`note: ${sentence(rng)}`);
  return out.text();
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const CATALOGUE_FILE = 'shared.competencies.yaml';

/**
 * A folder with one ladder of about `lines` lines, the catalogue and a few assessments (for the score
 * request). Returns the paths and the ladder's anchors.
 */
export function writeLadderFolder(root, lines, assessments = 3) {
  const catalogue = generateCatalogue();
  write(join(root, CATALOGUE_FILE), catalogue.text);
  const id = `generated-${lines}`;
  const ladder = generateLadder({ id, targetLines: lines, catalogue, cataloguePath: CATALOGUE_FILE });
  const ladderFile = join(root, `${id}.ladder.yaml`);
  write(ladderFile, ladder.text);
  const assessmentFiles = [];
  for (let i = 0; i < assessments; i++) {
    const file = join(root, 'people', `person-${i + 1}.assessment.yaml`);
    write(
      file,
      generateAssessment({
        ladder,
        ladderPath: relative(dirname(file), ladderFile),
        index: i + 1,
        seed: `${id}/person-${i}`,
      }),
    );
    assessmentFiles.push(file);
  }
  return { root, ladderFile, catalogueFile: join(root, CATALOGUE_FILE), assessmentFiles, ladder };
}

/** Ladder sizes of the five ladders of a workspace; the first (busiest) one gets half the assessments. */
export const WORKSPACE_LADDERS = [2500, 2500, 400, 400, 1200];

/**
 * A workspace of five ladders, the catalogue and `count` assessments in team folders of 50. Half the
 * assessments use the first ladder, the rest are spread over the other four.
 */
export function writeWorkspace(root, count) {
  const catalogue = generateCatalogue();
  write(join(root, 'ladders', CATALOGUE_FILE), catalogue.text);
  const ladders = WORKSPACE_LADDERS.map((lines, i) => {
    const id = `org-${i + 1}`;
    const ladder = generateLadder({ id, targetLines: lines, catalogue, cataloguePath: CATALOGUE_FILE });
    const file = join(root, 'ladders', `${id}.ladder.yaml`);
    write(file, ladder.text);
    return { ...ladder, file };
  });
  const assessmentFiles = [];
  const perLadder = new Map(ladders.map((l) => [l.file, []]));
  for (let i = 0; i < count; i++) {
    const ladder = i % 2 === 0 ? ladders[0] : ladders[1 + ((i >> 1) % (ladders.length - 1))];
    const file = join(
      root,
      'people',
      `team-${String(Math.floor(i / 50) + 1).padStart(2, '0')}`,
      `person-${String(i + 1).padStart(4, '0')}.assessment.yaml`,
    );
    write(
      file,
      generateAssessment({ ladder, ladderPath: relative(dirname(file), ladder.file), index: i + 1, seed: `ws/${i}` }),
    );
    assessmentFiles.push(file);
    perLadder.get(ladder.file).push(file);
  }
  return { root, ladders, catalogueFile: join(root, 'ladders', CATALOGUE_FILE), assessmentFiles, perLadder };
}

/**
 * The calibration folder: one ladder of about `lines` lines, the catalogue, one assessment and `reviews`
 * reviews of it next to it (people/person-1.<role>-<n>.review.yaml).
 */
export function writeCalibrationFolder(root, lines, reviews = 5) {
  const folder = writeLadderFolder(root, lines, 1);
  const assessmentFile = folder.assessmentFiles[0];
  const reviewFiles = [];
  for (let i = 0; i < reviews; i++) {
    const file = join(
      dirname(assessmentFile),
      `person-1.${REVIEW_ROLES[i % REVIEW_ROLES.length]}-${i + 1}.review.yaml`,
    );
    write(
      file,
      generateReview({
        ladder: folder.ladder,
        assessmentPath: relative(dirname(file), assessmentFile),
        index: i,
        seed: `review-${i}`,
      }),
    );
    reviewFiles.push(file);
  }
  return { ...folder, assessmentFile, reviewFiles };
}
