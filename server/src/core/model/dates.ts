import type { Document } from 'yaml';
import { asScalar, spanOf } from '../parse/nodes';
import type { DateRef } from './types';

const MS_PER_DAY = 86_400_000;
export const DAYS_PER_YEAR = 365.25;

/** Days since 1970-01-01 for a real YYYY-MM-DD date, else undefined. */
export function dayNumber(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / MS_PER_DAY;
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function todayDay(now: Date = new Date()): number {
  return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY);
}

export function readDate(doc: Document, node: unknown): DateRef | undefined {
  const scalar = asScalar(doc, node);
  if (!scalar) return undefined;
  const value = scalar.value;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : undefined;
  if (text === undefined) return undefined;
  return { text, day: dayNumber(text), span: spanOf(scalar) };
}
