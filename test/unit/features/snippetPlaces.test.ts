// Snippets come from the language server's completion, only in ladder files and only where a whole entry
// can go: not from a snippets file that VS Code offers in every YAML file and after any value.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BASE_LADDER } from '../helpers';
import { BASE_ASSESSMENT, assessmentFiles, completeAt, edit, type Completed } from './support';

const ladder = (text: string) => completeAt({ 'l.ladder.yaml': text }, 'l.ladder.yaml');
const assessment = (text: string) => completeAt(assessmentFiles(text), 'a.assessment.yaml');
const snippets = (result: Completed) => result.entries.filter((e) => e.kind === 'snippet').map((e) => e.label);

describe('snippets only where they make sense', () => {
  it('the extension contributes no snippets file (VS Code would offer it in every YAML file)', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    assert.equal(manifest.contributes.snippets, undefined);
  });

  it('a new level is offered as a list item of `levels:`', () => {
    assert.deepEqual(snippets(ladder(edit(BASE_LADDER, 'levels:\n', 'levels:\n  - |\n'))), ['New level']);
  });

  it('no snippet after `track:` or after an expectation', () => {
    const afterTrack = ladder(edit(BASE_LADDER, '    track: core\n    rank: 1', '    track: |\n    rank: 1'));
    assert.deepEqual(
      afterTrack.entries.map((e) => `${e.kind} ${e.label}`),
      ['reference core', 'reference ic'],
    );
    const expectation = ladder(
      edit(BASE_LADDER, '      troubleshooting: 1\n    next: [senior]', '      troubleshooting: |\n    next: [senior]'),
    );
    assert.deepEqual(snippets(expectation), []);
  });

  it('a rating with evidence is offered for an empty rating, and not after a rating already written', () => {
    const empty = assessment(edit(BASE_ASSESSMENT, 'troubleshooting: 2', 'troubleshooting: |'));
    assert.deepEqual(snippets(empty), ['Rating with evidence']);
    const written = assessment(edit(BASE_ASSESSMENT, 'troubleshooting: 2', 'troubleshooting: 2 |'));
    assert.deepEqual(
      written.entries.map((e) => `${e.kind} ${e.label}`),
      ['value 1', 'value 2', 'value 3'],
    );
  });

  it('nothing at all in a YAML file that is not a ladder file', () => {
    assert.deepEqual(completeAt({ 'x.yaml': 'levels:\n  - |\n' }, 'x.yaml').entries, []);
  });
});
