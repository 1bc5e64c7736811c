// The bundles validate with the schemas compiled at build time (build/validators.mjs); the sources
// compile them at run time. Both must accept and reject the same data with the same error objects.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { compileValidators } from '../../server/src/core/schema/compiledValidators';
import type { FileKind } from '../../server/src/core/types';

const REPO = resolve(__dirname, '..', '..');

async function precompiled(): Promise<Record<FileKind, ValidateFunction>> {
  const { validatorsModule } = (await import(join(REPO, 'build', 'validators.mjs'))) as {
    validatorsModule: () => string;
  };
  const module = { exports: {} as { compileValidators?: () => Record<FileKind, ValidateFunction> } };
  new Function('module', 'exports', 'require', validatorsModule())(
    module,
    module.exports,
    createRequire(join(REPO, 'package.json')),
  );
  return module.exports.compileValidators!();
}

const KINDS: Record<string, FileKind> = {
  ladder: 'Ladder',
  competencies: 'Competencies',
  assessment: 'SelfAssessment',
  review: 'Review',
};

function samples(): Array<{ kind: FileKind; data: unknown }> {
  const found: Array<{ kind: FileKind; data: unknown }> = [];
  for (const name of readdirSync(join(REPO, 'samples')).sort()) {
    const kind = KINDS[name.split('.').at(-2) ?? ''];
    if (kind) found.push({ kind, data: parse(readFileSync(join(REPO, 'samples', name), 'utf8')) });
  }
  return found;
}

/** Each sample broken in the usual ways: an unknown key, a wrong type, a missing key, a bad rating. */
function broken(data: unknown): unknown[] {
  const record = data as Record<string, unknown>;
  const without = (key: string) => Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
  return [
    { ...record, unknownKey: 1 },
    { ...record, kind: 42 },
    without('kind'),
    ...Object.keys(record).map((key) => ({ ...record, [key]: { nested: [1, 'x', null] } })),
    ...Object.keys(record).map((key) => ({ ...record, [key]: [] })),
    ...Object.keys(record).map((key) => without(key)),
    { ...record, ratings: { a: 9, b: { rating: 'x', evidence: 3 }, c: [1] } },
  ];
}

describe('schemas compiled at build time', () => {
  it('report the same errors as the schemas compiled at run time', async () => {
    const built = await precompiled();
    const runtime = compileValidators();
    let compared = 0;
    for (const { kind, data } of samples()) {
      for (const input of [data, ...broken(data)]) {
        const expected = runtime[kind](input);
        assert.equal(built[kind](input), expected);
        assert.deepEqual(built[kind].errors ?? null, runtime[kind].errors ?? null);
        compared++;
      }
    }
    assert.ok(compared > 50);
  });
});
