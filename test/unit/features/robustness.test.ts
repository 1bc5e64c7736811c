// Every feature answers at every offset of any text, never throws and never hangs: files being typed
// are rarely valid YAML.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { complete } from '../../../server/src/core/features/completion';
import { definition } from '../../../server/src/core/features/definition';
import { documentHighlights } from '../../../server/src/core/features/highlight';
import { hover } from '../../../server/src/core/features/hover';
import { references } from '../../../server/src/core/features/references';
import { prepareRename, rename } from '../../../server/src/core/features/rename';
import { documentSymbols } from '../../../server/src/core/features/symbols';
import type { Workspace } from '../../../server/src/core/workspace/workspace';
import { BASE_CATALOGUE, BASE_LADDER, uri, workspaceOf } from '../helpers';
import { BASE_ASSESSMENT, LADDER_WITH_CATALOGUE } from './support';

/** Runs every feature; each completion replaces text on the cursor's line that contains the cursor, as editors require. */
function everything(ws: Workspace, name: string, at: number): void {
  const text = ws.file(uri(name)).analyzed?.text ?? '';
  // An editor cannot put the cursor between the CR and the LF of a line break.
  const offset = text[at - 1] === '\r' && text[at] === '\n' ? at - 1 : at;
  for (const entry of complete(ws, uri(name), offset)) {
    const { start, end } = entry.replace;
    assert.ok(start <= offset && offset <= end, `${name}@${offset}: '${entry.label}' replaces ${start}-${end}`);
    assert.ok(
      !/[\r\n]/.test(text.slice(start, end)),
      `${name}@${offset}: '${entry.label}' replaces more than one line`,
    );
  }
  hover(ws, uri(name), offset);
  definition(ws, uri(name), offset);
  codeActions(ws, uri(name), { start: offset, end: offset });
  documentHighlights(ws, uri(name), offset);
  if ('problem' in prepareRename(ws, uri(name), offset)) return;
  references(ws, uri(name), offset);
  const plan = rename(ws, uri(name), offset, 'renamed-id');
  // The edits of a file never overlap and stay inside its text.
  for (const file of 'files' in plan ? plan.files : []) {
    const length = ws.file(file.uri).analyzed?.text.length ?? 0;
    file.edits.forEach((edit, i) => {
      assert.ok(0 <= edit.span.start && edit.span.end <= length, `${name}@${offset}: an edit outside ${file.uri}`);
      const next = file.edits[i + 1];
      assert.ok(!next || edit.span.end <= next.span.start, `${name}@${offset}: overlapping edits in ${file.uri}`);
    });
  }
}

const FILES = {
  'ladder.ladder.yaml': LADDER_WITH_CATALOGUE,
  'support.competencies.yaml': BASE_CATALOGUE,
  'a.assessment.yaml': BASE_ASSESSMENT,
  'plain.ladder.yaml': BASE_LADDER,
};

describe('robustness', () => {
  it('answers at every offset of valid files', () => {
    const { ws } = workspaceOf(FILES);
    for (const [name, text] of Object.entries(FILES)) {
      documentSymbols(ws, uri(name));
      for (let offset = 0; offset <= text.length; offset++) everything(ws, name, offset);
    }
  });

  it('answers at the end of every prefix, as when a file is typed from the start', () => {
    const { ws } = workspaceOf(FILES);
    for (const [name, text] of Object.entries(FILES)) {
      for (let cut = 0; cut <= text.length; cut += 5) {
        ws.setOpenDocument(uri(name), text.slice(0, cut));
        everything(ws, name, cut);
        documentSymbols(ws, uri(name));
      }
    }
  });

  it('answers on text made of YAML fragments in any order', () => {
    const pieces = [
      'kind: Ladder\n',
      'kind: SelfAssessment\n',
      'ladder: ladder.ladder.yaml\n',
      'levels:\n',
      '  - ',
      '- ',
      'id: a',
      ': ',
      ':',
      '\n',
      '\r\n',
      '  ',
      '    ',
      '\t',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '#',
      '|',
      '>-',
      '&a ',
      '*a',
      '!!str ',
      '? ',
      '---\n',
      'ratings:',
      'next: [',
      'track: ',
      'rating: ',
      'any-of:\n',
      'expectations:\n',
      'é',
      '💥',
    ];
    const { ws } = workspaceOf(FILES);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 30 }),
        fc.constantFrom('f.ladder.yaml', 'f.assessment.yaml', 'f.competencies.yaml', 'f.yaml'),
        fc.nat(),
        (parts, name, at) => {
          const text = parts.join('');
          ws.setOpenDocument(uri(name), text);
          everything(ws, name, at % (text.length + 1));
          documentSymbols(ws, uri(name));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('completes at the very start of a text that starts with a line break', () => {
    const { ws } = workspaceOf({ 'x.ladder.yaml': '\nkind: Ladder\n' });
    assert.ok(complete(ws, uri('x.ladder.yaml'), 0).some((e) => e.label === 'levels'));
  });
});
