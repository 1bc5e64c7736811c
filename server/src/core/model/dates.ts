import type { Document } from 'yaml';
import { asScalar, spanOf } from '../parse/nodes';
import type { DateRef } from './types';

const MS_PER_DAY = 86_400_000;
export const DAYS_PER_YEAR = 365.25;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 for a real YYYY-MM-DD date, else undefined; years before 100 are not real
 * (JavaScript's dates read them as 19xx). Counted, not made with Date: every file has several dates.
 */
export function dayNumber(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  if (year < 0 || month < 0 || day < 0) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (year < 100 || monthDays === undefined || day < 1 || day > monthDays) return undefined;
  // days from the civil date (proleptic Gregorian), with March as the first month of the year
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The number the ASCII digits from `start` to `end` write, or -1 if another character is among them. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
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
