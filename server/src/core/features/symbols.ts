import * as l10n from '@vscode/l10n';
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
import { yearsText } from '../text/itemNouns';
import type { Span } from '../types';
import type { Workspace } from '../workspace/workspace';
import { fileEnv } from './fileEnv';
import { formatNumber } from '../text/numbers';

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
  return topLevelSymbols(env.doc, model).sort(byStart);
}

function topLevelSymbols(doc: Document, model: Ladder | CompetencyCatalogue | Review | Assessment): SymbolEntry[] {
  if (model.kind === 'Ladder') return ladderSymbols(doc, model);
  if (model.kind === 'Competencies') return catalogueSymbols(model);
  if (model.kind === 'Review') return reviewSymbols(doc, model);
  return assessmentSymbols(doc, model);
}

const byStart = (a: SymbolEntry, b: SymbolEntry): number => a.span.start - b.span.start;

/** A symbol whose span holds its selection and its children, the children in the file's order. */
function symbol(
  name: string,
  kind: SymbolEntry['kind'],
  span: Span,
  selectionSpan: Span,
  detail?: string,
  children: SymbolEntry[] = [],
): SymbolEntry {
  const inside = [span, selectionSpan, ...children.map((child) => child.span)];
  const outer = {
    start: Math.min(...inside.map((part) => part.start)),
    end: Math.max(...inside.map((part) => part.end)),
  };
  return { name, kind, span: outer, selectionSpan, children: children.sort(byStart), ...(detail ? { detail } : {}) };
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

function levelCount(n: number): string {
  return n === 1 ? l10n.t('1 level') : l10n.t('{0} levels', formatNumber(n));
}

function ratingCount(n: number): string {
  return n === 1 ? l10n.t('1 rating') : l10n.t('{0} ratings', formatNumber(n));
}

/** A requirement in a few plain words, from what is written: `1 year at rank 1`, `check peer-review`. */
function shortRequirement(requirement: Requirement): string | undefined {
  switch (requirement.type) {
    case 'time-at-level':
      return l10n.t(
        '{0} at {1}',
        requirement.years ? yearsText(requirement.years.value) : '?',
        requirement.level ? requirement.level.value : l10n.t('rank {0}', requirement.rank?.value ?? '?'),
      );
    case 'experience':
      return l10n.t('{0} of experience', requirement.years ? yearsText(requirement.years.value) : '?');
    case 'competencies': {
      const pool = requirement.group
        ? ` ${l10n.t('in {0}', requirement.group.value)}`
        : requirement.of
          ? ` ${l10n.t('of {0}', requirement.of.map((r) => r.value).join(', '))}`
          : '';
      return `${l10n.t(
        '{0} rated {1}+',
        requirement.count ? formatNumber(requirement.count.value) : '?',
        requirement.min?.key ?? '?',
      )}${pool}`;
    }
    case 'check':
      return l10n.t('check {0}', requirement.check?.value ?? '?');
    case 'metric':
      return [
        l10n.t('metric {0}', requirement.metric?.value ?? '?'),
        requirement.min ? `≥ ${formatNumber(requirement.min.value)}` : undefined,
        requirement.max ? `≤ ${formatNumber(requirement.max.value)}` : undefined,
      ]
        .filter(Boolean)
        .join(' ');
    case 'any-of':
    case 'all-of':
      return requirement.type === 'any-of'
        ? l10n.t('any of {0}', formatNumber(requirement.children.length))
        : l10n.t('all of {0}', formatNumber(requirement.children.length));
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
  const detail = [level.name, level.rank ? l10n.t('rank {0}', level.rank.value) : undefined]
    .filter(Boolean)
    .join(' · ');
  return entity(level, 'level', detail, level.requirements.map(requirementSymbol));
}

/** Runs of consecutive levels on the same track, in the file's order. */
function trackRuns(levels: readonly Level[]): Level[][] {
  const runs: Level[][] = [];
  for (const level of levels) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.track?.value === level.track?.value) last.push(level);
    else runs.push([level]);
  }
  return runs;
}

/**
 * Levels grouped under their track. A group holds consecutive levels only, so that groups never overlap
 * (sticky scroll and breadcrumbs need siblings in order): a track whose levels are interleaved with another
 * track's appears once for each run.
 */
function levelsByTrack(ladder: Ladder): SymbolEntry[] {
  const tracks = new Map<string, Track>();
  for (const track of ladder.tracks) if (!tracks.has(track.id)) tracks.set(track.id, track);
  return trackRuns([...ladder.levels].sort((a, b) => a.span.start - b.span.start)).map((levels) => {
    const first = levels[0]!;
    const trackId = first.track?.value ?? '';
    const span = { start: first.span.start, end: levels[levels.length - 1]!.span.end };
    const detail = [tracks.get(trackId)?.name, levelCount(levels.length)].filter(Boolean).join(' · ');
    return symbol(
      trackId || l10n.t('(no track)'),
      'track',
      span,
      first.track?.span ?? first.idSpan,
      detail,
      levels.map(levelSymbol),
    );
  });
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
    ...section(doc, 'levels', levelsByTrack(ladder), levelCount(ladder.levels.length)),
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
        symbol(
          r.competency.value,
          'rating',
          r.span,
          r.competency.span,
          r.value ? String(r.value.value) : l10n.t('not rated'),
        ),
      ),
      ratingCount(facts.ratings.length),
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
          c.status ?? l10n.t('no status'),
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
          m.value !== undefined ? formatNumber(m.value) : l10n.t('no value'),
        ),
      ),
    ),
  ];
}

function reviewSymbols(doc: Document, review: Review): SymbolEntry[] {
  return [
    ...scalarKeySymbol(
      doc,
      'reviewer',
      'key',
      review.role ? l10n.t('reviewer · {0}', review.role) : l10n.t('reviewer'),
    ),
    ...scalarKeySymbol(doc, 'assessment', 'file', l10n.t('reviewed self-assessment')),
    ...factSymbols(doc, review),
  ];
}

function assessmentSymbols(doc: Document, assessment: Assessment): SymbolEntry[] {
  const scalarKey = (key: string, kind: SymbolEntry['kind'], detail: string) => scalarKeySymbol(doc, key, kind, detail);
  return [
    ...scalarKey('person', 'key', l10n.t('person')),
    ...scalarKey(
      'level',
      'level',
      assessment.since ? l10n.t('current level since {0}', assessment.since.text) : l10n.t('current level'),
    ),
    ...scalarKey('target', 'level', l10n.t('target level')),
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
