// The JSON Schemas serve tools other than ours: ajv-cli and editors read YAML with YAML 1.1 parsers
// (js-yaml, for one), which turn unquoted dates into timestamps, and SchemaStore-style catalogs match
// files by the globs of schemas/catalog.json.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { FILE_KINDS, fileNameEndings, kindFromFileName, KIND_NAME_SUFFIXES } from '../../server/src/core/fileKinds';

const SCHEMA_FILES = FILE_KINDS.map((kind) => `${KIND_NAME_SUFFIXES[kind]}.schema.json`);

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('the samples as a YAML 1.1 reader sees them', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const file of SCHEMA_FILES) ajv.addSchema(readJson(join('schemas', file)) as object, file);

  for (const name of readdirSync('samples').sort()) {
    const kind = kindFromFileName(name);
    if (!kind) continue;
    it(`${name} is valid against ${KIND_NAME_SUFFIXES[kind]}.schema.json`, () => {
      const data: unknown = parse(readFileSync(join('samples', name), 'utf8'), { version: '1.1' });
      const validate = ajv.getSchema(`${KIND_NAME_SUFFIXES[kind]}.schema.json`)!;
      assert.equal(validate(data), true, JSON.stringify(validate.errors));
    });
  }
});

interface CatalogEntry {
  name: string;
  description: string;
  fileMatch: string[];
  url: string;
}

describe('schemas/catalog.json', () => {
  const catalog = readJson(join('schemas', 'catalog.json')) as {
    $schema: string;
    version: number;
    schemas: CatalogEntry[];
  };

  it('lists the four schemas, each matching the file names of its kind', () => {
    assert.equal(catalog.version, 1);
    assert.deepEqual(
      catalog.schemas.map((entry) => [entry.url, entry.fileMatch]),
      FILE_KINDS.map((kind) => [
        `./${KIND_NAME_SUFFIXES[kind]}.schema.json`,
        fileNameEndings(kind).map((ending) => `*.${ending}`),
      ]),
    );
  });

  it('names and describes each schema as the schema itself does', () => {
    for (const entry of catalog.schemas) {
      const schema = readJson(join('schemas', entry.url)) as { title: string; description: string };
      assert.equal(entry.name, schema.title);
      assert.equal(entry.description, schema.description);
    }
  });
});
