// A big generated ladder typed over while its analysis is pending, and the comparison of the answers from
// its last analysis with those of a fresh one; shared by the unit tests and the robustness suite.
import assert from 'node:assert/strict';
import { newToOld, textDelta } from '../../server/src/core/text/textDelta';
import { FeatureHandlers } from '../../server/src/lsp/featureHandlers';
import { UriMap } from '../../server/src/lsp/uriMap';
// @ts-expect-error: the benchmark's generator is plain JavaScript.
import { generateCatalogue, generateLadder } from '../../bench/lib/generate.mjs';
import { uri, workspaceOf } from './helpers';
import { lcg } from './randomEdits';

const catalogue = generateCatalogue() as { text: string };
export const big = generateLadder({
  id: 'big',
  targetLines: 5000,
  catalogue,
  cataloguePath: 'shared.competencies.yaml',
}) as { text: string };
export const LADDER = 'big.ladder.yaml';

/** An open workspace holding `text`, analysed, then `next` typed over it (pending). */
export function typed(text: string, next: string) {
  const { ws, service } = workspaceOf({ [LADDER]: text, 'shared.competencies.yaml': catalogue.text });
  ws.setOpenDocument(uri(LADDER), text);
  ws.diagnostics(uri(LADDER));
  ws.setOpenDocument(uri(LADDER), next);
  return { ws, handlers: new FeatureHandlers(service, new UriMap()) };
}

/** The same files with `text` analysed afresh. */
export function fresh(text: string) {
  const { ws, service } = workspaceOf({ [LADDER]: text, 'shared.competencies.yaml': catalogue.text });
  ws.setOpenDocument(uri(LADDER), text);
  return new FeatureHandlers(service, new UriMap());
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

const lines = big.text.split('\n');
const at = Math.floor(lines.length / 3);

/** Edits of the big ladder that keep its structure, by name. */
export const EDITS: [string, string][] = [
  ['a comment line inserted', [...lines.slice(0, at), '# a note', ...lines.slice(at)].join('\n')],
  ['a comment line inserted at the top', `# header\n${big.text}`],
  [
    'an empty line removed',
    (() => {
      const i = lines.indexOf('', at);
      return [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
    })(),
  ],
  ['a comment appended to a line', [...lines.slice(0, at), `${lines[at]}  # typed`, ...lines.slice(at + 1)].join('\n')],
];

/**
 * Types `next` over the big ladder and asks for hovers, definitions and completions at random places
 * `maxStep` lines apart at most: away from the changed line they equal a fresh analysis's, on it there is
 * nothing but completion on its first line. Nothing is parsed meanwhile. Returns how many places were compared.
 */
export function compareStaleAnswers(next: string, maxStep: number): number {
  const { ws, handlers } = typed(big.text, next);
  const reference = fresh(next);
  const delta = textDelta(big.text, next);
  const starts = lineStarts(next);
  const random = lcg(7);
  let compared = 0;
  for (let line = 0; line < starts.length - 1; line += 1 + Math.floor(random() * maxStep)) {
    const length = starts[line + 1]! - 1 - starts[line]!;
    const character = Math.floor(random() * (length + 1));
    const offset = starts[line]! + character;
    const position = { line, character };
    if (newToOld(delta, offset) === undefined) {
      const expected = starts[line] === delta.newLinesStart ? reference.completion(uri(LADDER), position) : [];
      assert.deepEqual(handlers.completion(uri(LADDER), position), expected, `completion on the changed line ${line}`);
      assert.equal(handlers.hover(uri(LADDER), position), null, `hover on the changed line ${line}`);
      continue;
    }
    compared++;
    assert.deepEqual(
      handlers.hover(uri(LADDER), position),
      reference.hover(uri(LADDER), position),
      `hover at ${line}:${character}`,
    );
    assert.deepEqual(
      handlers.definition(uri(LADDER), position),
      reference.definition(uri(LADDER), position),
      `definition at ${line}:${character}`,
    );
    assert.deepEqual(
      handlers.completion(uri(LADDER), position),
      reference.completion(uri(LADDER), position),
      `completion at ${line}:${character}`,
    );
  }
  assert.deepEqual(handlers.symbols(uri(LADDER)), reference.symbols(uri(LADDER)));
  assert.equal(ws.latestAnalysis(uri(LADDER)).pendingText, next, 'the pending text was not analysed');
  // The debounced job analyses it; from then on the new analysis answers.
  ws.diagnostics(uri(LADDER));
  assert.equal(ws.latestAnalysis(uri(LADDER)).pendingText, undefined);
  return compared;
}
