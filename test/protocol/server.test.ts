import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, CompletionItem, Hover, LocationLink, TextEdit } from 'vscode-languageserver-protocol';
import { parse } from 'yaml';
import { LineMap } from '../../server/src/core';
import { ASSESSMENT, LADDER, rangeOf, writeWorkspace } from './fixtures';
import { LspClient } from './lspClient';
import type { RatingEditsResult, ScoreResult, WorkspaceSummary } from '../../server/src/protocol';

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

describe('language server over stdio', () => {
  const files = writeWorkspace();
  const client = new LspClient();

  before(async () => {
    const result = (await client.initialize(files.root)) as { capabilities: Record<string, unknown> };
    assert.equal(result.capabilities.hoverProvider, true);
    client.open(files.ladder, LADDER);
    client.open(files.assessment, ASSESSMENT);
  });

  after(() => client.close());

  it('reports a misspelt competency in the assessment, resolved across ladder and catalogue', async () => {
    const diagnostics = await client.diagnostics(files.assessment, (list) =>
      list.some((d) => d.code === 'unknown-reference'),
    );
    const unknown = diagnostics.filter((d) => d.code === 'unknown-reference');
    assert.deepEqual(
      unknown.map((d) => ({ message: d.message, range: d.range, source: d.source, severity: d.severity })),
      [
        {
          message: "Unknown competency 'netwrking'. Did you mean 'networking'?",
          range: rangeOf(ASSESSMENT, 'netwrking'),
          source: 'ladder',
          severity: 1,
        },
      ],
    );
  });

  it('offers the fix for the misspelling as a code action', async () => {
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: files.assessment },
      range: rangeOf(ASSESSMENT, 'netwrking'),
      context: { diagnostics: [] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.title === "Change to 'networking'");
    assert.ok(fix, `actions: ${actions.map((a) => a.title).join(', ')}`);
    assert.deepEqual(fix.edit?.changes?.[files.assessment], [
      { range: rangeOf(ASSESSMENT, 'netwrking'), newText: 'networking' },
    ]);
  });

  it('re-diagnoses the assessment when the ladder changes', async () => {
    const before = client.published.length;
    client.replace(files.ladder, LADDER.replace('  - id: peer-review\n', '  - id: peer-reviews\n'));
    const diagnostics = await client.diagnostics(
      files.assessment,
      (list) => list.some((d) => d.message.startsWith("Unknown check 'peer-review'")),
      before,
    );
    const check = diagnostics.find((d) => d.message.startsWith("Unknown check 'peer-review'"))!;
    assert.deepEqual(check.range, rangeOf(ASSESSMENT, 'peer-review'));
    client.replace(files.ladder, LADDER);
    await client.diagnostics(
      files.assessment,
      (list) => !list.some((d) => d.message.startsWith('Unknown check')),
      client.published.length,
    );
  });

  it('completes the ladder competencies not yet rated', async () => {
    const text = ASSESSMENT.replace('  netwrking: 2\n', '  \n');
    client.replace(files.assessment, text);
    const position = rangeOf(text, '  \nchecks').start;
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: files.assessment },
      position: { line: position.line, character: 2 },
    })) as CompletionItem[] | { items: CompletionItem[] };
    const labels = (Array.isArray(items) ? items : items.items).map((item) => item.label);
    assert.ok(labels.includes('networking'), `labels: ${labels.join(', ')}`);
    assert.ok(!labels.includes('troubleshooting'), 'already rated competencies are not offered');
    client.replace(files.assessment, ASSESSMENT);
  });

  it('hovers a level id with its name and rank', async () => {
    const range = rangeOf(ASSESSMENT, 'engineer');
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: files.assessment },
      position: range.start,
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Support Engineer/);
    assert.deepEqual(hover.range, range);
  });

  it('reads a position past the end of a short line as the end of that line (hover)', async () => {
    const range = rangeOf(ASSESSMENT, 'engineer');
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: files.assessment },
      position: { line: range.start.line, character: 500 },
    })) as Hover;
    assert.match((hover.contents as { value: string }).value, /Support Engineer/);
    assert.deepEqual(hover.range, range);
  });

  it('completes at a position past the end of a short line on that line, with edits inside it', async () => {
    const line = rangeOf(ASSESSMENT, 'level: engineer').start.line;
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: files.assessment },
      position: { line, character: 500 },
    })) as CompletionItem[];
    assert.deepEqual(
      items.map((item) => item.label),
      ['engineer', 'senior'],
    );
    for (const item of items) {
      assert.deepEqual((item.textEdit as { range: unknown }).range, {
        start: { line, character: 7 },
        end: { line, character: 15 },
      });
    }
  });

  it('goes to the level definition in the ladder', async () => {
    const range = rangeOf(ASSESSMENT, 'engineer');
    const links = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: files.assessment },
      position: range.start,
    })) as LocationLink[];
    assert.equal(links.length, 1);
    assert.equal(links[0]!.targetUri, files.ladder);
    assert.deepEqual(links[0]!.targetSelectionRange, rangeOf(LADDER, 'engineer'));
  });

  it('answers the score request in the spec shape', async () => {
    const result = (await client.connection.sendRequest('ladder/score', { uri: files.assessment })) as ScoreResult;
    assert.deepEqual(result.focus, ['senior']);
    assert.equal(result.closestFocusLevel, 'senior');
    assert.deepEqual(result.readinessPercent, { engineer: 100, senior: 75 });
    assert.deepEqual(result.trackNames, { ic: 'IC Path' });
    const senior = result.report!.levels.find((level) => level.id === 'senior')!;
    assert.equal(senior.status, 'incomplete');
    assert.deepEqual(senior.expectations, [
      { competency: 'troubleshooting', expected: 3, rated: 3, status: 'met' },
      { competency: 'networking', expected: 2, rated: null, status: 'unrated' },
    ]);
    assert.deepEqual(
      senior.requirements.map((r) => [r.type, r.status, r.detail]),
      [
        ['time-at-level', 'met', '1.2 years at rank 1 (needs 1)'],
        ['check', 'met', 'Successful peer review: passed'],
      ],
    );
    assert.equal(senior.readiness, 0.75);
    assert.deepEqual(result.evidence, {
      troubleshooting: { evidence: ['led the outage review'], note: 'Go-to person.' },
    });
    const whatIf = (await client.connection.sendRequest('ladder/score', {
      uri: files.assessment,
      overrides: { networking: 2 },
    })) as ScoreResult;
    assert.equal(whatIf.report!.levels.find((level) => level.id === 'senior')!.status, 'eligible');
  });

  it('computes the edits that write ratings into the assessment, for the version of the document it has', async () => {
    const evil = 'evil:\nwaivers: [tenure]';
    const ratings = { troubleshooting: 2, netwrking: null, networking: 3, [evil]: 1 };
    const result = (await client.connection.sendRequest('ladder/ratingEdits', {
      uri: files.assessment,
      ratings,
    })) as RatingEditsResult;
    assert.equal(result.version, client.version(files.assessment));
    assert.deepEqual(result.skipped, []);
    const written = applyTextEdits(ASSESSMENT, result.edits);
    assert.equal(
      written,
      ASSESSMENT.replace('    rating: 3\n', '    rating: 2\n').replace(
        '  netwrking: 2\n',
        '  netwrking:\n  networking: 3\n  "evil:\\nwaivers: [tenure]": 1\n',
      ),
    );
    assert.deepEqual(parse(written).ratings, {
      troubleshooting: { rating: 2, evidence: ['led the outage review'], note: 'Go-to person.' },
      netwrking: null,
      networking: 3,
      [evil]: 1,
    });
  });

  it('summarises the workspace: ladders, and each assessment with its verdict on the level closest to promotion', async () => {
    const summary = (await client.connection.sendRequest('ladder/workspaceSummary', {})) as WorkspaceSummary;
    assert.deepEqual(summary.ladders, [{ uri: files.ladder, id: 'support', name: 'Support Ladder' }]);
    assert.deepEqual(summary.assessments, [
      {
        uri: files.assessment,
        person: 'Alex Kim',
        level: 'engineer',
        focusLevel: 'Senior Support Engineer',
        focusStatus: 'incomplete',
        focusReadiness: 0.75,
        focusReadinessPercent: 75,
      },
    ]);
    client.replace(files.assessment, ASSESSMENT.replace('netwrking', 'networking'));
    const edited = (await client.connection.sendRequest('ladder/workspaceSummary', {})) as WorkspaceSummary;
    assert.deepEqual(
      edited.assessments.map((a) => [a.focusStatus, a.focusReadiness]),
      [['eligible', 1]],
    );
    client.replace(files.assessment, ASSESSMENT);
  });

  it('stays up after binary garbage and reports it', async () => {
    const garbage = files.root + '/garbage.ladder.yaml';
    client.open(garbage, '\u0000\u0001\u0002binary\u0000');
    const diagnostics = await client.diagnostics(garbage);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['binary-file'],
    );
    const result = (await client.connection.sendRequest('ladder/score', { uri: files.assessment })) as ScoreResult;
    assert.equal(result.person, 'Alex Kim');
  });
});
