// `fill`: the placeholders of a message looked up with l10n.t, replaced as l10n.t replaces them itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as l10n from '@vscode/l10n';
import { fill } from '../../server/src/core/text/fill';

describe('fill', () => {
  it('replaces each placeholder by its argument, in the order the message puts them', () => {
    assert.equal(fill('{0} rated {1} or higher (needs {2})', '2', '3', '4'), '2 rated 3 or higher (needs 4)');
    assert.equal(fill('{2}: {0} von {1}', '1', '3', 'Gruppe'), 'Gruppe: 1 von 3');
    assert.equal(fill('{0} und {0}', 'a'), 'a und a');
  });

  it('gives what l10n.t gives for the same message and arguments, a missing argument left as written', () => {
    for (const [message, args] of [
      ['{0}%', ['78']],
      ['{1} before {0}', ['a', 'b']],
      ['no placeholder', []],
      ['{0} and {2}', ['x']],
      ['{0} with braces {not a placeholder}', ['y']],
    ] as const)
      assert.equal(fill(message, ...args), l10n.t(message, ...args), message);
  });
});
