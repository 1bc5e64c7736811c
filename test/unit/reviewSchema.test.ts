// The review schema: described like the others, accepts the sample reviews, rejects what the format forbids.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import reviewSchema from '../../schemas/review.schema.json';
import { analyze, seenWithMessage } from './helpers';

const SAMPLES = resolve(__dirname, '..', '..', 'samples');
const SCHEMA_CODES = ['unknown-key', 'missing-key', 'wrong-type', 'invalid-value', 'schema'];

/** The paths of every property schema (under `properties`) that has no description. */
function undescribed(node: unknown, path: string): string[] {
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = Object.entries((record['properties'] ?? {}) as Record<string, Record<string, unknown>>)
    .filter(([, property]) => typeof property['description'] !== 'string')
    .map(([key]) => `${path}/properties/${key}`);
  return [...own, ...Object.entries(record).flatMap(([key, value]) => undescribed(value, `${path}/${key}`))];
}

function schemaProblems(name: string, text: string) {
  return seenWithMessage(
    text,
    analyze(name, text).diagnostics.filter((d) => SCHEMA_CODES.includes(d.code)),
  );
}

describe('review schema', () => {
  it('describes every property', () => {
    assert.deepEqual(undescribed(reviewSchema, '#'), []);
    assert.equal(reviewSchema.required.join(), 'kind,assessment');
  });

  it('accepts the sample reviews', () => {
    const names = readdirSync(SAMPLES).filter((name) => name.endsWith('.review.yaml'));
    assert.equal(names.length, 4);
    for (const name of names)
      assert.deepEqual(schemaProblems(name, readFileSync(join(SAMPLES, name), 'utf8')), [], name);
  });

  it('rejects unknown keys, a bad role, a bad date and a rating of the wrong shape; allows x- keys', () => {
    const text =
      'kind: Review\nassessment: a.assessment.yaml\nrole: lead\ndate: 20-11-2026\nratings:\n  networking: {rating: 2, score: 3}\nx-team: emea\nlevel: senior\n';
    assert.deepEqual(schemaProblems('m.review.yaml', text), [
      { code: 'unknown-key', severity: 'error', text: 'level', message: "Unknown key 'level' in the document." },
      {
        code: 'invalid-value',
        severity: 'error',
        text: 'lead',
        message: "'lead' is not allowed for 'role'; use one of: manager, peer, panel, other.",
      },
      {
        code: 'invalid-value',
        severity: 'error',
        text: '20-11-2026',
        message: "'20-11-2026' is not a valid date (YYYY-MM-DD) for 'date'.",
      },
      { code: 'unknown-key', severity: 'error', text: 'score', message: "Unknown key 'score' in 'networking'." },
    ]);
  });
});
