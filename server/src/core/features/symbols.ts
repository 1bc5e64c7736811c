import type { Document } from 'yaml';
import type {
  Assessment,
  CompetencyCatalogue,
  Entity,
  Ladder,
  Level,
  Requirement,
  Review,
  Track,
} from '../model/types';
import { asMap, findEntry, pairSpan, spanOf } from '../parse/nodes';
import type { Span } from '../types';
import type { Workspace } from '../workspace/workspace';
import { fileEnv } from './fileEnv';

/** One entry of a file's outline. `selectionSpan` lies inside `span`, and so do the children's spans. */
export interface SymbolEntry {
  name: string;
  detail?: string;
  kind:
    | 'file'
    | 'track'
    | 'level'
    | 'competency'
    | 'requirement'
    | 'metric'
    | 'check'
    | 'scale'
    | 'rating'
    | 'section'
    | 'key';
  span: Span;
  selectionSpan: Span;
  children: SymbolEntry[];
}

/** The outline of a ladder, catalogue, assessment or review. */
export function documentSymbols(workspace: Workspace, uri: string): SymbolEntry[] {
  const env = fileEnv(workspace, uri);
  const model = env?.analyzed.model;
  if (!env || !model) return [];
  if (model.kind === 'Ladder') return ladderSymbols(env.doc, model);
  if (model.kind === 'Competencies') return catalogueSymbols(model);
  if (model.kind === 'Review') return reviewSymbols(env.doc, model);
  return assessmentSymbols(env.doc, model);
}

function symbol(
  name: string,
  kind: SymbolEntry['kind'],
  span: Span,
  selectionSpan: Span,
  detail?: string,
  children: SymbolEntry[] = [],
): SymbolEntry {
  const outer = { start: Math.min(span.start, selectionSpan.start), end: Math.max(span.end, selectionSpan.end) };
  return { name, kind, span: outer, selectionSpan, children, ...(detail ? { detail } : {}) };
}

/** A top-level `key:` and its value, holding `children`; omitted when the key is absent. */
function section(doc: Document, key: string, children: SymbolEntry[], detail?: string): SymbolEntry[] {
  const entry = findEntry(asMap(doc, doc.contents), key);
  if (!entry) return [];
  return [symbol(key, 'section', pairSpan(entry), spanOf(entry.keyNode), detail, children)];
}

function entity(item: Entity, kind: SymbolEntry['kind'], detail?: string, children: SymbolEntry[] = []): SymbolEntry {
  return symbol(item.id, kind, item.span, item.idSpan, detail ?? item.name, children);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function plural(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}

/** A requirement in a few plain words, from what is written: `1 year at rank 1`, `check peer-review`. */
function shortRequirement(requirement: Requirement): string | undefined {
  switch (requirement.type) {
    case 'time-at-level':
      return `${requirement.years ? plural(requirement.years.value, 'year') : '?'} at ${requirement.level ? requirement.level.value : `rank ${requirement.rank?.value ?? '?'}`}`;
    case 'experience':
      return `${requirement.years ? plural(requirement.years.value, 'year') : '?'} of experience`;
    case 'competencies': {
      const pool = requirement.group
        ? ` in ${requirement.group.value}`
        : requirement.of
          ? ` of ${requirement.of.map((r) => r.value).join(', ')}`
          : '';
      return `${requirement.count?.value ?? '?'} rated ${requirement.min?.key ?? '?'}+${pool}`;
    }
    case 'check':
      return `check ${requirement.check?.value ?? '?'}`;
    case 'metric':
      return [
        `metric ${requirement.metric?.value ?? '?'}`,
        requirement.min ? `≥ ${requirement.min.value}` : undefined,
        requirement.max ? `≤ ${requirement.max.value}` : undefined,
      ]
        .filter(Boolean)
        .join(' ');
    case 'any-of':
    case 'all-of':
      return `${requirement.type === 'any-of' ? 'any' : 'all'} of ${requirement.children.length}`;
    default:
      return undefined;
  }
}

function requirementSymbol(requirement: Requirement): SymbolEntry {
  const children =
    requirement.type === 'any-of' || requirement.type === 'all-of' ? requirement.children.map(requirementSymbol) : [];
  const selection = requirement.id?.span ??
    requirement.typeKeys[0]?.span ?? { start: requirement.span.start, end: requirement.span.start };
  const name = requirement.id?.value ?? requirement.type ?? 'requirement';
  return symbol(name, 'requirement', requirement.span, selection, shortRequirement(requirement), children);
}

function levelSymbol(level: Level): SymbolEntry {
  const detail = [level.name, level.rank ? `rank ${level.rank.value}` : undefined].filter(Boolean).join(' · ');
  return entity(level, 'level', detail, level.requirements.map(requirementSymbol));
}

/** Levels grouped under their track, tracks in the order of the `tracks` list, then unknown ones. */
function levelsByTrack(ladder: Ladder): SymbolEntry[] {
  const groups = new Map<string, Level[]>();
  const tracks = new Map<string, Track>();
  for (const track of ladder.tracks) {
    if (!groups.has(track.id)) groups.set(track.id, []);
    if (!tracks.has(track.id)) tracks.set(track.id, track);
  }
  for (const level of ladder.levels) {
    const key = level.track?.value ?? '';
    const group = groups.get(key);
    if (group) group.push(level);
    else groups.set(key, [level]);
  }
  const result: SymbolEntry[] = [];
  for (const [trackId, levels] of groups) {
    if (levels.length === 0) continue;
    const track = tracks.get(trackId);
    const span = {
      start: levels.reduce((min, l) => Math.min(min, l.span.start), Infinity),
      end: levels.reduce((max, l) => Math.max(max, l.span.end), -Infinity),
    };
    const first = levels[0]!;
    const detail = [track?.name, count(levels.length, 'level', 'levels')].filter(Boolean).join(' · ');
    result.push(
      symbol(
        trackId || '(no track)',
        'track',
        span,
        first.track?.span ?? first.idSpan,
        detail,
        levels.map(levelSymbol),
      ),
    );
  }
  return result;
}

function ladderSymbols(doc: Document, ladder: Ladder): SymbolEntry[] {
  return [
    ...section(
      doc,
      'scale',
      ladder.scale.map((s) => symbol(s.key, 'scale', s.span, s.idSpan, s.name)),
    ),
    ...section(
      doc,
      'include',
      ladder.includes.map((ref) => symbol(ref.value, 'file', ref.span, ref.span)),
    ),
    ...section(
      doc,
      'competencies',
      ladder.competencies.map((c) => entity(c, 'competency')),
    ),
    ...section(
      doc,
      'metrics',
      ladder.metrics.map((m) => entity(m, 'metric')),
    ),
    ...section(
      doc,
      'checks',
      ladder.checks.map((c) => entity(c, 'check')),
    ),
    ...section(
      doc,
      'tracks',
      ladder.tracks.map((t) => entity(t, 'track')),
    ),
    ...section(doc, 'levels', levelsByTrack(ladder), count(ladder.levels.length, 'level', 'levels')),
  ];
}

function catalogueSymbols(catalogue: CompetencyCatalogue): SymbolEntry[] {
  return catalogue.competencies.map((c) =>
    entity(c, 'competency', [c.name, c.group?.value].filter(Boolean).join(' · ')),
  );
}

/** A top-level `key: scalar` as a symbol named by its value; omitted when absent. */
function scalarKeySymbol(doc: Document, key: string, kind: SymbolEntry['kind'], detail: string): SymbolEntry[] {
  const entry = findEntry(asMap(doc, doc.contents), key);
  const value = entry?.value;
  if (!entry || !value) return [];
  return [symbol(String((value as { value?: unknown }).value ?? key), kind, pairSpan(entry), spanOf(value), detail)];
}

/** Ratings, checks and metrics sections, the same in an assessment and a review. */
function factSymbols(doc: Document, facts: Pick<Assessment, 'ratings' | 'checks' | 'metrics'>): SymbolEntry[] {
  return [
    ...section(
      doc,
      'ratings',
      facts.ratings.map((r) =>
        symbol(r.competency.value, 'rating', r.span, r.competency.span, r.value ? String(r.value.value) : 'not rated'),
      ),
      count(facts.ratings.length, 'rating', 'ratings'),
    ),
    ...section(
      doc,
      'checks',
      facts.checks.map((c) =>
        symbol(
          c.id.value,
          'check',
          { start: c.id.span.start, end: c.statusSpan.end },
          c.id.span,
          c.status ?? 'no status',
        ),
      ),
    ),
    ...section(
      doc,
      'metrics',
      facts.metrics.map((m) =>
        symbol(
          m.id.value,
          'metric',
          { start: m.id.span.start, end: m.valueSpan.end },
          m.id.span,
          m.value !== undefined ? String(m.value) : 'no value',
        ),
      ),
    ),
  ];
}

function reviewSymbols(doc: Document, review: Review): SymbolEntry[] {
  return [
    ...scalarKeySymbol(doc, 'reviewer', 'key', review.role ? `reviewer · ${review.role}` : 'reviewer'),
    ...scalarKeySymbol(doc, 'assessment', 'file', 'reviewed self-assessment'),
    ...factSymbols(doc, review),
  ];
}

function assessmentSymbols(doc: Document, assessment: Assessment): SymbolEntry[] {
  const scalarKey = (key: string, kind: SymbolEntry['kind'], detail: string) => scalarKeySymbol(doc, key, kind, detail);
  return [
    ...scalarKey('person', 'key', 'person'),
    ...scalarKey('level', 'level', assessment.since ? `current level since ${assessment.since.text}` : 'current level'),
    ...scalarKey('target', 'level', 'target level'),
    ...section(
      doc,
      'history',
      assessment.history.flatMap((h) =>
        h.level
          ? [
              symbol(
                h.level.value,
                'level',
                h.span,
                h.level.span,
                [h.from?.text, h.to?.text].filter(Boolean).join(' → '),
              ),
            ]
          : [],
      ),
    ),
    ...factSymbols(doc, assessment),
    ...section(
      doc,
      'waivers',
      assessment.waivers.flatMap((w) =>
        w.requirement ? [symbol(w.requirement.value, 'requirement', w.span, w.requirement.span, w.reason)] : [],
      ),
    ),
  ];
}
