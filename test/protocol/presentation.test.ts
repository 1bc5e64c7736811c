import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { InlayHint, SemanticTokens, TextEdit } from 'vscode-languageserver-protocol';
import { LineMap } from '../../server/src/core';
import { ASSESSMENT, LADDER, writeWorkspace } from './fixtures';
import { LspClient, pollFor } from './lspClient';

function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const map = new LineMap(text);
  return [...edits]
    .reverse()
    .reduce(
      (result, edit) =>
        result.slice(0, map.offset(edit.range.start)) + edit.newText + result.slice(map.offset(edit.range.end)),
      text,
    );
}

/** The tokens as `line:character text type[.modifier]`, decoded from LSP's relative integers with the legend. */
function decode(text: string, tokens: SemanticTokens, legend: { tokenTypes: string[]; tokenModifiers: string[] }) {
  const lines = text.split('\n');
  const result: string[] = [];
  let [line, character] = [0, 0];
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaCharacter, length, type, modifiers] = tokens.data.slice(i, i + 5) as number[] as [
      number,
      number,
      number,
      number,
      number,
    ];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaCharacter : deltaCharacter;
    const names = legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
    const word = lines[line]!.slice(character, character + length);
    result.push(`${line}:${character} ${word} ${[legend.tokenTypes[type], ...names].join('.')}`);
  }
  return result;
}

const MESSY_ASSESSMENT = ASSESSMENT.replace('ratings:\n  troubleshooting:', 'ratings:\n    troubleshooting:')
  .replace('    rating: 3', '      rating: 3')
  .replace('    evidence: [led the outage review]', '      evidence: [ led the outage review ]')
  .replace('    note: Go-to person.', '      note: Go-to person.')
  .replace('  netwrking: 2', '    netwrking: 2');

describe('language server over stdio: formatting, inlay hints, semantic tokens', () => {
  const files = writeWorkspace();
  const client = new LspClient();
  const settings = {
    format: { sortKeys: false },
    inlayHints: { enabled: true },
    semanticHighlighting: { enabled: true },
  };
  const asked: unknown[] = [];
  let refreshes = 0;
  let legend: { tokenTypes: string[]; tokenModifiers: string[] };

  before(async () => {
    client.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => {
      asked.push(params);
      return params.items.map((item) => (item.section === 'ladder' ? settings : null));
    });
    client.connection.onRequest('workspace/inlayHint/refresh', () => {
      refreshes++;
      return null;
    });
    client.connection.onRequest('workspace/semanticTokens/refresh', () => {
      refreshes++;
      return null;
    });
    const result = (await client.initialize(files.root, {
      configuration: true,
      didChangeConfiguration: { dynamicRegistration: true },
      inlayHint: { refreshSupport: true },
      semanticTokens: { refreshSupport: true },
    })) as { capabilities: Record<string, unknown> };
    assert.equal(result.capabilities.documentFormattingProvider, true);
    assert.equal(result.capabilities.documentRangeFormattingProvider, true);
    const provider = result.capabilities.semanticTokensProvider as {
      legend: typeof legend;
      full: boolean;
      range: boolean;
    };
    assert.deepEqual([provider.full, provider.range], [true, true]);
    legend = provider.legend;
    client.open(files.ladder, LADDER);
    client.open(files.assessment, MESSY_ASSESSMENT);
    await client.diagnostics(files.assessment);
  });

  after(() => client.close());

  it('formats a document into the tidy text, in edits of the changed lines only', async () => {
    const edits = (await client.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri: files.assessment },
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    assert.deepEqual(
      edits.map((edit) => edit.range.start.line),
      [7],
    );
    assert.equal(applyTextEdits(MESSY_ASSESSMENT, edits), ASSESSMENT);
  });

  it('formats a selection by the top-level entries it touches, and nothing in a file with a syntax error', async () => {
    const edits = (await client.connection.sendRequest('textDocument/rangeFormatting', {
      textDocument: { uri: files.assessment },
      range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } },
      options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    assert.deepEqual(edits, []);
    const broken = `${LADDER}levels: [unclosed\n`;
    client.replace(files.ladder, broken);
    const none = (await client.connection.sendRequest('textDocument/formatting', {
      textDocument: { uri: files.ladder },
      options: { tabSize: 2, insertSpaces: true },
    })) as TextEdit[];
    assert.deepEqual(none, []);
    client.replace(files.ladder, LADDER);
  });

  it('shows level names and rated values as inlay hints', async () => {
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: files.assessment },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
    })) as InlayHint[];
    assert.deepEqual(
      hints.map((hint) => [hint.position, hint.label, hint.tooltip ?? null]),
      [
        [{ line: 4, character: 15 }, 'Support Engineer', null],
        [{ line: 8, character: 15 }, 'Expert · Troubleshooting', 'Go-to expert.'],
        [{ line: 11, character: 16 }, 'Practising', null],
      ],
    );
  });

  it('returns semantic tokens for the document and for a range, with the declared legend', async () => {
    const full = (await client.connection.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri: files.ladder },
    })) as SemanticTokens;
    const tokens = decode(LADDER, full, legend);
    assert.deepEqual(tokens, [
      '4:8 1 enumMember.declaration',
      '6:8 2 enumMember.declaration',
      '8:8 3 enumMember.declaration',
      '13:8 peer-review event.declaration',
      '16:8 ic namespace.declaration',
      '19:8 engineer type.declaration',
      '21:11 ic namespace',
      '24:6 troubleshooting property',
      '24:23 1 enumMember',
      '25:11 senior type',
      '26:8 senior type.declaration',
      '28:11 ic namespace',
      '31:6 troubleshooting property',
      '31:23 3 enumMember',
      '32:6 networking property',
      '32:18 2 enumMember',
      '34:12 tenure function.declaration',
      '36:15 peer-review event',
    ]);
    const range = (await client.connection.sendRequest('textDocument/semanticTokens/range', {
      textDocument: { uri: files.ladder },
      range: { start: { line: 20, character: 0 }, end: { line: 25, character: 0 } },
    })) as SemanticTokens;
    assert.deepEqual(decode(LADDER, range, legend), [
      '21:11 ic namespace',
      '24:6 troubleshooting property',
      '24:23 1 enumMember',
    ]);
  });

  it('reads the settings from the client and turns hints and tokens off when they change', async () => {
    assert.ok(asked.length >= 1);
    settings.inlayHints.enabled = false;
    settings.semanticHighlighting.enabled = false;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await pollFor(() => (refreshes >= 2 ? true : undefined), 'the refresh requests');
    const hints = await client.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: files.assessment },
      range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } },
    });
    assert.deepEqual(hints, []);
    const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri: files.ladder },
    });
    assert.deepEqual(tokens, { data: [] });
  });
});
