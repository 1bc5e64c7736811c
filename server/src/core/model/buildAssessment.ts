import type { Node } from 'yaml';
import { asScalar, spanOf } from '../parse/nodes';
import { readDate } from './dates';
import type { Reader } from './read';
import type { Assessment, CheckEntry, CheckStatus, HistoryEntry, MetricValue, Rating, Waiver } from './types';

function checkStatus(value: unknown): CheckStatus | undefined {
  if (value === true || value === 'passed') return 'passed';
  if (value === false || value === 'failed') return 'failed';
  if (value === 'pending') return 'pending';
  return undefined;
}

export function buildRatings(reader: Reader, ratingsNode: Node | undefined): Rating[] {
  return reader.entries(ratingsNode).map((entry) => {
    const keySpan = spanOf(entry.keyNode);
    const competency = { value: entry.key, span: keySpan };
    const span = { start: keySpan.start, end: entry.value?.range?.[1] ?? keySpan.end };
    const detailed = reader.map(entry.value);
    if (!detailed) {
      const value = entry.value === undefined ? undefined : reader.scaleRef(entry.value);
      return { competency, value, evidence: [], span };
    }
    const ratingNode = reader.field(detailed, 'rating');
    const value = ratingNode === undefined ? undefined : reader.scaleRef(ratingNode);
    const evidence = reader.strings(detailed, 'evidence');
    const note = reader.string(detailed, 'note');
    return note === undefined ? { competency, value, evidence, span } : { competency, value, evidence, note, span };
  });
}

export function buildChecks(reader: Reader, node: Node | undefined): CheckEntry[] {
  return reader.entries(node).map((entry) => ({
    id: { value: entry.key, span: spanOf(entry.keyNode) },
    status: checkStatus(asScalar(reader.doc, entry.value)?.value),
    statusSpan: spanOf(entry.value, spanOf(entry.keyNode)),
  }));
}

export function buildMetricValues(reader: Reader, node: Node | undefined): MetricValue[] {
  return reader.entries(node).map((entry) => {
    const value = asScalar(reader.doc, entry.value)?.value;
    return {
      id: { value: entry.key, span: spanOf(entry.keyNode) },
      value: typeof value === 'number' && Number.isFinite(value) ? value : undefined,
      valueSpan: spanOf(entry.value, spanOf(entry.keyNode)),
    };
  });
}

function buildHistory(reader: Reader, root: Node): HistoryEntry[] {
  return reader.mapItems(root, 'history').map((item) => {
    const level = reader.ref(item, 'level');
    const from = readDate(reader.doc, reader.field(item, 'from'));
    const to = readDate(reader.doc, reader.field(item, 'to'));
    return { span: spanOf(item), ...(level ? { level } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
  });
}

function buildWaivers(reader: Reader, root: Node): Waiver[] {
  return reader.mapItems(root, 'waivers').map((item) => {
    const requirement = reader.ref(item, 'requirement');
    const reason = reader.string(item, 'reason');
    return { span: spanOf(item), ...(requirement ? { requirement } : {}), ...(reason !== undefined ? { reason } : {}) };
  });
}

export function buildAssessment(reader: Reader, root: Node): Assessment {
  const ratingsEntry = reader.entries(root).find((entry) => entry.key === 'ratings');
  const ratingsMap = reader.map(ratingsEntry?.value);
  const optionalFields = {
    ladder: reader.ref(root, 'ladder'),
    person: reader.string(root, 'person'),
    date: readDate(reader.doc, reader.field(root, 'date')),
    level: reader.ref(root, 'level'),
    since: readDate(reader.doc, reader.field(root, 'since')),
    experienceYears: reader.number(root, 'experience-years'),
    target: reader.ref(root, 'target'),
    ratingsKeySpan: ratingsEntry ? spanOf(ratingsEntry.keyNode) : undefined,
    ratingsSpan: ratingsMap ? spanOf(ratingsMap) : undefined,
  };
  const assessment: Assessment = {
    kind: 'SelfAssessment',
    uri: reader.uri,
    history: buildHistory(reader, root),
    ratings: buildRatings(reader, ratingsMap),
    checks: buildChecks(reader, reader.field(root, 'checks')),
    metrics: buildMetricValues(reader, reader.field(root, 'metrics')),
    waivers: buildWaivers(reader, root),
  };
  const keys = Object.keys(optionalFields) as (keyof typeof optionalFields)[];
  for (let i = 0; i < keys.length; i++) {
    const value = optionalFields[keys[i]!];
    if (value !== undefined) (assessment as unknown as Record<string, unknown>)[keys[i]!] = value;
  }
  return assessment;
}
