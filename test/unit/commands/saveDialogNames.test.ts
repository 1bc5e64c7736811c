// "New Ladder File…" never doubles the name's ending, whichever save dialog the user types it in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '../fakeVscodeInstalled';
import { ladderPathFromSaveDialog, ladderSaveFilters } from '../../../client/src/commands/fileNames';

const LADDER_SAVE_FILTERS = ladderSaveFilters();

/**
 * What VS Code's simple file dialog (code-server, remote windows) does to a typed name before returning it:
 * when the name's last extension is none of the filters' extensions, it appends the first filter's first one.
 */
function simpleDialog(typed: string, filters: Record<string, string[]>): string {
  const dot = typed.lastIndexOf('.');
  const extension = dot > 0 ? typed.slice(dot + 1) : '';
  const known = Object.values(filters).some((list) => list.some((e) => e === '*' || e === extension));
  return known ? typed : `${typed}.${Object.values(filters)[0]![0]}`;
}

describe('the new ladder save dialog', () => {
  const typedNames = ['support.ladder.yaml', 'support.ladder.yml', 'support', 'support.yaml', 'support.ladder'];

  it('filters on the bare YAML extensions, which the simple dialog compares with the last extension', () => {
    assert.deepEqual(LADDER_SAVE_FILTERS, { 'Career ladder': ['yaml', 'yml'] });
  });

  it('creates the file the user typed, ending in .ladder.yaml once', () => {
    assert.deepEqual(
      typedNames.map((typed) => ladderPathFromSaveDialog(`/ws/${simpleDialog(typed, LADDER_SAVE_FILTERS)}`)),
      [
        '/ws/support.ladder.yaml',
        '/ws/support.ladder.yml',
        '/ws/support.ladder.yaml',
        '/ws/support.ladder.yaml',
        '/ws/support.ladder.yaml',
      ],
    );
  });

  it('takes a doubled ending off, as a dialog with a two-part filter would have written it', () => {
    assert.equal(ladderPathFromSaveDialog('/ws/support.ladder.yaml.ladder.yaml'), '/ws/support.ladder.yaml');
    assert.equal(ladderPathFromSaveDialog('/ws/Support.Ladder.YML.ladder.yaml'), '/ws/Support.Ladder.YML');
    assert.equal(ladderPathFromSaveDialog('/ws/a.ladder.yaml/b.yaml'), '/ws/a.ladder.yaml/b.ladder.yaml');
  });
});
