import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { displayPath } from '../../server/src/cli/problems';

describe('displayPath', () => {
  it('shows a path as path.relative does, inside the current directory or not', () => {
    const cases: [string, string][] = [
      ['/w/people/a.assessment.yaml', '/w'],
      ['/w/a.yaml', '/w'],
      ['/w', '/w'],
      ['/wx/a.yaml', '/w'],
      ['/w/a.yaml', '/w/people'],
      ['/a.yaml', '/'],
      ['/w/people/x/a.yaml', '/w/people'],
      ['/other/a.yaml', '/w/people'],
      ['/other/b.yaml', '/w/people'],
      ['/w', '/w/people'],
      ['/', '/w/people'],
      ['/w/people', '/w/people/x'],
      ['/w/peoplex/a.yaml', '/w/people/x'],
      ['/a.yaml', '/w'],
      ['/w/a.yaml', '/w/'],
    ];
    for (const [path, cwd] of cases)
      assert.equal(displayPath(path, cwd), relative(cwd, path) || path, `${path} from ${cwd}`);
    assert.equal(displayPath('/w/people/a.assessment.yaml', '/w'), 'people/a.assessment.yaml');
    assert.equal(displayPath('/wx/a.yaml', '/w'), '../wx/a.yaml');
    assert.equal(displayPath('/w', '/w'), '/w');
    assert.equal(displayPath('/other/b.yaml', '/w/people'), '../../other/b.yaml');
  });
});
