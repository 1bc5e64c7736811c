import type { Node } from 'yaml';
import { spanOf } from '../parse/nodes';
import { buildRequirement } from './buildRequirement';
import { Reader } from './read';
import type {
  Competency,
  CompetencyCatalogue,
  Expectation,
  Ladder,
  Level,
  Metric,
  MetricUnit,
  ScaleEntry,
} from './types';

const UNITS: readonly MetricUnit[] = ['percent', 'ratio', 'count', 'hours', 'minutes', 'days', 'score'];

export function buildCompetency(reader: Reader, item: Node): Competency | undefined {
  const entity = reader.entity(item);
  if (!entity) return undefined;
  const group = reader.ref(item, 'group');
  const descriptors = reader.entries(reader.field(item, 'descriptors')).flatMap((entry) => {
    const text = scalarText(reader, entry.value);
    return text === undefined ? [] : [{ key: entry.key, keySpan: spanOf(entry.keyNode), text }];
  });
  return { ...entity, descriptors, ...(group ? { group } : {}) };
}

function scalarText(reader: Reader, node: Node | undefined): string | undefined {
  const ref = reader.ref(node);
  if (ref) return ref.value;
  const scale = reader.scaleRef(node);
  return scale ? String(scale.value) : undefined;
}

function buildScale(reader: Reader, root: Node): ScaleEntry[] {
  return reader.mapItems(root, 'scale').flatMap((item) => {
    const idNode = reader.field(item, 'id');
    const id = idNode === undefined ? undefined : reader.scaleRef(idNode);
    if (!id) return [];
    const name = reader.string(item, 'name');
    const description = reader.string(item, 'description');
    return [
      {
        id: id.value,
        key: id.key,
        idSpan: id.span,
        span: spanOf(item),
        uri: reader.uri,
        ...(name !== undefined ? { name } : {}),
        ...(description !== undefined ? { description } : {}),
      },
    ];
  });
}

function buildMetric(reader: Reader, item: Node): Metric | undefined {
  const entity = reader.entity(item);
  if (!entity) return undefined;
  const unit = reader.string(item, 'unit');
  const better = reader.string(item, 'better');
  const target = reader.number(item, 'target');
  return {
    ...entity,
    ...(unit && (UNITS as readonly string[]).includes(unit) ? { unit: unit as MetricUnit } : {}),
    ...(better === 'higher' || better === 'lower' ? { better } : {}),
    ...(target ? { target: target.value } : {}),
  };
}

function buildLevel(reader: Reader, item: Node): Level | undefined {
  const entity = reader.entity(item);
  if (!entity) return undefined;
  const expectationsNode = reader.map(reader.field(item, 'expectations'));
  const expectations: Expectation[] = reader.entries(expectationsNode).map((entry) => ({
    competency: { value: entry.key, span: spanOf(entry.keyNode) },
    min: entry.value === undefined ? undefined : reader.scaleRef(entry.value),
    span: { start: spanOf(entry.keyNode).start, end: spanOf(entry.value, spanOf(entry.keyNode)).end },
  }));
  const requirements = reader.mapItems(item, 'requirements').map((node) => buildRequirement(reader, node));
  const track = reader.ref(item, 'track');
  const rank = reader.number(item, 'rank');
  const summary = reader.string(item, 'summary');
  return {
    ...entity,
    ...(track ? { track } : {}),
    ...(rank ? { rank } : {}),
    ...(summary !== undefined ? { summary } : {}),
    ...(expectationsNode ? { expectationsSpan: spanOf(expectationsNode) } : {}),
    responsibilities: reader.strings(item, 'responsibilities'),
    expectations,
    requirements,
    next: reader.refList(item, 'next'),
  };
}

function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

export function buildLadder(reader: Reader, root: Node): Ladder {
  const id = reader.ref(root, 'id');
  const name = reader.string(root, 'name');
  const description = reader.string(root, 'description');
  return {
    kind: 'Ladder',
    uri: reader.uri,
    ...(id ? { id } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    scale: buildScale(reader, root),
    includes: reader.refList(root, 'include'),
    competencies: reader
      .mapItems(root, 'competencies')
      .map((item) => buildCompetency(reader, item))
      .filter(defined),
    metrics: reader
      .mapItems(root, 'metrics')
      .map((item) => buildMetric(reader, item))
      .filter(defined),
    checks: reader
      .mapItems(root, 'checks')
      .map((item) => reader.entity(item))
      .filter(defined),
    tracks: reader
      .mapItems(root, 'tracks')
      .map((item) => reader.entity(item))
      .filter(defined),
    levels: reader
      .mapItems(root, 'levels')
      .map((item) => buildLevel(reader, item))
      .filter(defined),
  };
}

export function buildCatalogue(reader: Reader, root: Node): CompetencyCatalogue {
  const id = reader.ref(root, 'id');
  const name = reader.string(root, 'name');
  const description = reader.string(root, 'description');
  return {
    kind: 'Competencies',
    uri: reader.uri,
    ...(id ? { id } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    competencies: reader
      .mapItems(root, 'competencies')
      .map((item) => buildCompetency(reader, item))
      .filter(defined),
  };
}
