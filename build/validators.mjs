// Compiles the JSON schemas to JavaScript at build time (Ajv standalone code), with the same options as
// the run-time compile in server/src/core/schema/compiledValidators.ts: the generated module exports the
// same `compileValidators()`, so the validators and their error objects are the same either way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const standaloneCode = require('ajv/dist/standalone').default;

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RUNTIME_MODULE = join(REPO, 'server', 'src', 'core', 'schema', 'compiledValidators.ts');
const SCHEMA_FILES = { Ladder: 'ladder', Competencies: 'competencies', SelfAssessment: 'assessment', Review: 'review' };

/** The generated CommonJS module's source. */
export function validatorsModule() {
  const options = JSON.parse(readFileSync(join(REPO, 'server', 'src', 'core', 'schema', 'ajvOptions.json'), 'utf8'));
  const ajv = new Ajv({ ...options, code: { source: true } });
  const exportsById = {};
  for (const [kind, file] of Object.entries(SCHEMA_FILES)) {
    const schema = JSON.parse(readFileSync(join(REPO, 'schemas', `${file}.schema.json`), 'utf8'));
    ajv.addSchema(schema);
    exportsById[kind] = schema.$id;
  }
  const kinds = Object.keys(SCHEMA_FILES);
  return `${standaloneCode(ajv, exportsById)}\nexports.compileValidators = () => ({ ${kinds.map((k) => `${k}: exports.${k}`).join(', ')} });\n`;
}

/** An esbuild plugin that bundles the generated module in place of the run-time compile. */
export const precompiledValidators = {
  name: 'precompiled-validators',
  setup(build) {
    build.onLoad({ filter: /[\\/]compiledValidators\.ts$/ }, (args) => {
      if (args.path !== RUNTIME_MODULE) return undefined;
      return {
        contents: validatorsModule(),
        loader: 'js',
        resolveDir: REPO,
        watchFiles: Object.values(SCHEMA_FILES).map((f) => join(REPO, 'schemas', `${f}.schema.json`)),
      };
    });
  },
};
