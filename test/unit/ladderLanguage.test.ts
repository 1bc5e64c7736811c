// Ladder files have a language of their own, so that YAML extensions (which serve the `yaml` language) leave
// them to this extension: one set of problems, completions, hovers, outline and formatter, not two.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LADDER_LANGUAGE_ID } from '../../client/src/ladderFiles';
import { FILE_KINDS, fileNameEndings } from '../../server/src/core/fileKinds';

interface Manifest {
  contributes: {
    languages?: { id: string; aliases: string[]; filenamePatterns: string[]; configuration: string }[];
    grammars?: { language: string; scopeName: string; path: string }[];
    configurationDefaults?: Record<string, Record<string, unknown>>;
    yamlValidation?: unknown;
  };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The first line of a file that tells the YAML language server which schema to use. */
const MODELINE = /^\s*#\s*yaml-language-server\s*:/m;

describe('the Career Ladder YAML language', () => {
  it('is the language of every file of every kind, by name', () => {
    assert.deepEqual(
      manifest.contributes.languages?.map(({ id, aliases, filenamePatterns }) => ({ id, aliases, filenamePatterns })),
      [
        {
          id: LADDER_LANGUAGE_ID,
          aliases: ['Career Ladder YAML', 'career-ladder-yaml'],
          filenamePatterns: FILE_KINDS.flatMap(fileNameEndings).map((ending) => `*.${ending}`),
        },
      ],
    );
  });

  it('gives YAML extensions no schema for ladder files', () => {
    assert.equal(manifest.contributes.yamlValidation, undefined);
  });

  it('is highlighted by the editor’s YAML grammar', () => {
    const grammars = manifest.contributes.grammars ?? [];
    assert.deepEqual(
      grammars.map(({ language, scopeName }) => [language, scopeName]),
      [[LADDER_LANGUAGE_ID, 'source.career-ladder-yaml']],
    );
    const grammar = readJson(grammars[0]!.path) as { scopeName: string; patterns: unknown[] };
    assert.equal(grammar.scopeName, 'source.career-ladder-yaml');
    assert.deepEqual(grammar.patterns, [{ include: 'source.yaml' }]);
  });

  it('comments with #, folds by indentation and indents with two spaces, like YAML', () => {
    const configuration = readJson(manifest.contributes.languages![0]!.configuration) as {
      comments: { lineComment: string };
      folding: { offSide: boolean };
      indentationRules: { increaseIndentPattern: string };
    };
    assert.equal(configuration.comments.lineComment, '#');
    assert.equal(configuration.folding.offSide, true);
    const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
    assert.deepEqual(
      ['levels:', '  - id: senior', '  -', '    expectations:   # by competency', 'name: Team # a: b', 'scale: ['].map(
        (line) => increase.test(line),
      ),
      [true, false, true, true, false, true],
    );
    assert.deepEqual(manifest.contributes.configurationDefaults?.[`[${LADDER_LANGUAGE_ID}]`], {
      'editor.insertSpaces': true,
      'editor.tabSize': 2,
      'editor.autoIndent': 'advanced',
      'editor.quickSuggestions': { strings: 'on' },
      'editor.defaultColorDecorators': 'never',
      'diffEditor.ignoreTrimWhitespace': false,
    });
  });
});

describe('schema modelines', () => {
  it('are in none of the samples, which stay valid wherever they are copied', () => {
    const withModeline = readdirSync('samples').filter((name) =>
      MODELINE.test(readFileSync(join('samples', name), 'utf8')),
    );
    assert.deepEqual(withModeline, []);
  });
});
