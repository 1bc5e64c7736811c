// A requirement reads the same wherever it is shown: the ladder view's label, the exported Markdown, the
// hover on its id and the documentation of its completion all come from describeRequirement.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { complete } from '../../server/src/core/features/completion';
import { hover } from '../../server/src/core/features/hover';
import { ladderToMarkdown } from '../../server/src/core/render/ladderToMarkdown';
import { ladderStructure } from '../../server/src/lsp/structureHandler';
import { UriMap } from '../../server/src/lsp/uriMap';
import { BASE_ASSESSMENT, assessmentFiles, edit } from './features/support';
import { BASE_LADDER, NOW, uri, workspaceOf } from './helpers';

const LADDER = edit(
  BASE_LADDER,
  '      - check: peer-review',
  '      - id: review\n        check: peer-review\n      - id: fast\n        metric: {id: resolution, min: 90}',
);

describe('one wording for a requirement', () => {
  const { ws } = workspaceOf({ 'l.ladder.yaml': LADDER });
  const ladderUri = uri('l.ladder.yaml');

  it('labels it in the ladder view', () => {
    const senior = ladderStructure(ws, ladderUri, new UriMap(), NOW())!
      .tracks.flatMap((track) => track.levels)
      .find((level) => level.id === 'senior')!;
    assert.deepEqual(
      senior.requirements.map((requirement) => requirement.label),
      [
        'At least 1 year at rank 1',
        'Peer review (peer-review) recorded as passed',
        'Resolution rate (resolution) at least 90%',
      ],
    );
  });

  it('lists it in the exported Markdown and in the hover on its id', () => {
    const markdown = ladderToMarkdown(ws.ladderContext(ladderUri)!).split('\n');
    assert.ok(markdown.includes('- Peer review (`peer-review`) recorded as passed · `review`'), markdown.join('\n'));
    assert.ok(markdown.includes('- Resolution rate (`resolution`) at least 90% · `fast`'), markdown.join('\n'));
    const found = hover(ws, ladderUri, LADDER.indexOf('id: fast') + 5);
    assert.equal(
      found?.markdown,
      '**Requirement** `fast` of Senior\n\n- `fast`: Resolution rate (`resolution`) at least 90%',
    );
  });

  it('documents it in the completion of a waiver', () => {
    const files = assessmentFiles(`${BASE_ASSESSMENT}waivers:\n  - requirement: \n`);
    const { ws: assessmentWs } = workspaceOf({ ...files, 'ladder.ladder.yaml': LADDER });
    const text = files['a.assessment.yaml']!;
    const entries = complete(assessmentWs, uri('a.assessment.yaml'), text.indexOf('requirement: ') + 13);
    assert.equal(
      entries.find((entry) => entry.label === 'fast')?.documentation,
      '**Requirement** `fast` of Senior\n\n- `fast`: Resolution rate (`resolution`) at least 90%',
    );
  });
});
