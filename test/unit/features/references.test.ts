import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentHighlights } from '../../../server/src/core/features/highlight';
import { references } from '../../../server/src/core/features/references';
import { LineMap } from '../../../server/src/core/text/lineMap';
import type { Span } from '../../../server/src/core/types';
import { RENAME_FILES } from './renameFixtures';
import { atCursor, edit } from './support';

/** `file:line:column-endColumn text` (1-based), as an editor shows a location. */
function where(files: Record<string, string>, fileUri: string, span: Span): string {
  const name = fileUri.replace('file:///ws/', '');
  const text = files[name]!;
  const map = new LineMap(text);
  const start = map.position(span.start);
  const end = map.position(span.end);
  assert.equal(start.line, end.line);
  return `${name}:${start.line + 1}:${start.character + 1}-${end.character + 1} ${text.slice(span.start, span.end)}`;
}

function referencesAt(name: string, from: string, to: string, includeDefinition = true): string[] {
  const { ws, offset, uri } = atCursor({ ...RENAME_FILES, [name]: edit(RENAME_FILES[name]!, from, to) }, name);
  return references(ws, uri, offset, includeDefinition).map((found) => where(RENAME_FILES, found.uri, found.span));
}

function highlightsAt(name: string, from: string, to: string): string[] {
  const { ws, offset, uri } = atCursor({ ...RENAME_FILES, [name]: edit(RENAME_FILES[name]!, from, to) }, name);
  return documentHighlights(ws, uri, offset).map((found) => `${found.kind} ${where(RENAME_FILES, uri, found.span)}`);
}

describe('references', () => {
  it('finds a competency in the catalogue that defines it, the ladder, the assessment (by its former id too) and the review', () => {
    assert.deepEqual(referencesAt('m.review.yaml', '  networking: 2', '  networking|: 2'), [
      'a.assessment.yaml:12:3-6 net',
      'l.ladder.yaml:21:32-42 networking',
      'l.ladder.yaml:28:7-17 networking',
      'l.ladder.yaml:35:47-57 networking',
      'm.review.yaml:7:3-13 networking',
      'support.competencies.yaml:4:9-19 networking',
    ]);
  });

  it('leaves the definition out when asked to', () => {
    assert.deepEqual(referencesAt('l.ladder.yaml', '  - id: peer-review', '  - id: |peer-review', false), [
      'a.assessment.yaml:14:3-14 peer-review',
      'l.ladder.yaml:33:20-31 peer-review',
      'm.review.yaml:9:3-14 peer-review',
    ]);
  });

  it('finds levels, scale ids, metrics and requirements', () => {
    assert.deepEqual(referencesAt('a.assessment.yaml', 'level: junior\n', 'level: |junior\n'), [
      'a.assessment.yaml:5:8-14 junior',
      'a.assessment.yaml:8:13-19 junior',
      'l.ladder.yaml:18:9-15 junior',
      'l.ladder.yaml:31:42-48 junior',
    ]);
    assert.deepEqual(referencesAt('l.ladder.yaml', '  - id: 3', '  - id: 3|'), [
      'l.ladder.yaml:6:9-10 3',
      'l.ladder.yaml:10:29-30 3',
      'l.ladder.yaml:28:19-20 3',
      'm.review.yaml:6:21-22 3',
    ]);
    assert.deepEqual(referencesAt('l.ladder.yaml', 'metric: {id: csat', 'metric: {id: cs|at'), [
      'a.assessment.yaml:16:3-7 csat',
      'l.ladder.yaml:14:10-14 csat',
      'l.ladder.yaml:34:26-30 csat',
    ]);
    assert.deepEqual(referencesAt('l.ladder.yaml', '- id: tenure', '- id: tenure|'), [
      'a.assessment.yaml:18:18-24 tenure',
      'l.ladder.yaml:30:13-19 tenure',
    ]);
  });

  it('finds nothing away from an id', () => {
    assert.deepEqual(referencesAt('a.assessment.yaml', 'person: Alex', 'person: |Alex'), []);
  });
});

describe('document highlights', () => {
  it("marks the id's definition as written and its references as read, in the file only", () => {
    assert.deepEqual(highlightsAt('l.ladder.yaml', '      writing: 2', '      writ|ing: 2'), [
      'write l.ladder.yaml:9:9-16 writing',
      'read l.ladder.yaml:21:20-27 writing',
      'read l.ladder.yaml:27:7-14 writing',
      'read l.ladder.yaml:35:59-66 writing',
    ]);
    assert.deepEqual(highlightsAt('a.assessment.yaml', '  net: 1', '  net|: 1'), ['read a.assessment.yaml:12:3-6 net']);
  });
});
