// Reviews through the real language server over stdio: diagnostics, completion, hover, definition and
// the calibration request.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, DocumentSymbol, Hover, LocationLink } from 'vscode-languageserver-protocol';
import { CATALOGUE, LADDER, rangeOf } from './fixtures';
import { LspClient } from './lspClient';
import type { CalibrationResult } from '../../server/src/protocol';

const ASSESSMENT = `kind: SelfAssessment
ladder: support.ladder.yaml
person: Alex Kim
date: 2026-11-01
level: engineer
since: 2025-09-01
ratings:
  troubleshooting:
    rating: 3
    evidence: [led the outage review]
  networking: 2
checks:
  peer-review: passed
`;

const MANAGER = `kind: Review
assessment: alex.assessment.yaml
reviewer: Jordan Lee
role: manager
ratings:
  troubleshooting: 2
  networking: 2
checks:
  peer-review: pending
`;

const PEER = `kind: Review
assessment: ../alex.assessment.yaml
reviewer: Sam Ortiz
role: peer
ratings:
  troubleshooting: 3
`;

/** The range of `value` where it ends the first occurrence of `written` in `text`. */
function valueRange(text: string, written: string, value: string) {
  const range = rangeOf(text, written);
  return { start: { line: range.end.line, character: range.end.character - value.length }, end: range.end };
}

function writeFiles(): { root: string; uri: (name: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-protocol-reviews-'));
  const files: Record<string, string> = {
    'support.ladder.yaml': LADDER,
    'core.competencies.yaml': CATALOGUE,
    'alex.assessment.yaml': ASSESSMENT,
    'alex.manager.review.yaml': MANAGER,
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  return { root: pathToFileURL(dir).href, uri };
}

describe('reviews over stdio', () => {
  const files = writeFiles();
  const client = new LspClient();
  const assessment = files.uri('alex.assessment.yaml');
  const manager = files.uri('alex.manager.review.yaml');
  // Open only, never on disk: the server knows it from the editor.
  const peer = files.uri('peer-notes/alex.peer.review.yaml');

  before(async () => {
    await client.initialize(files.root);
    client.open(manager, MANAGER);
    client.open(peer, PEER);
  });

  after(() => client.close());

  it('publishes the diagnostics of a review, and re-diagnoses it when its assessment changes', async () => {
    const text = MANAGER.replace('networking: 2', 'netwrking: 2');
    client.replace(manager, text);
    const diagnostics = await client.diagnostics(manager, (list) => list.some((d) => d.code === 'unknown-reference'));
    assert.deepEqual(
      diagnostics.map((d) => ({ code: d.code, message: d.message, range: d.range })),
      [
        {
          code: 'unknown-reference',
          message: "Unknown competency 'netwrking'. Did you mean 'networking'?",
          range: rangeOf(text, 'netwrking'),
        },
      ],
    );
    client.replace(manager, MANAGER);
    await client.diagnostics(manager, (list) => list.length === 0);
    const before = client.published.length;
    client.open(assessment, ASSESSMENT.replace('level: engineer', 'level: principal'));
    const warned = await client.diagnostics(
      manager,
      (list) => list.some((d) => d.code === 'assessment-has-errors'),
      before,
    );
    assert.deepEqual(
      warned.map((d) => ({ code: d.code, range: d.range, severity: d.severity })),
      [{ code: 'assessment-has-errors', range: rangeOf(MANAGER, 'alex.assessment.yaml'), severity: 2 }],
    );
    client.replace(assessment, ASSESSMENT);
    await client.diagnostics(manager, (list) => list.length === 0, client.published.length);
  });

  it('completes rating keys in a review with the self-rating', async () => {
    const text = MANAGER.replace('  networking: 2\n', '  \n');
    client.replace(manager, text);
    const position = rangeOf(text, '  \nchecks').start;
    const items = (await client.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: manager },
      position: { line: position.line, character: 2 },
    })) as CompletionItem[];
    assert.deepEqual(
      items.map((item) => [item.label, item.detail]),
      [['networking', 'Networking · self-rated 2 · expected 2 by Senior Support Engineer']],
    );
    client.replace(manager, MANAGER);
  });

  it('hovers a rating key with the self-rating, its evidence and the other review', async () => {
    const position = rangeOf(MANAGER, 'troubleshooting').start;
    const found = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: manager },
      position,
    })) as Hover;
    const markdown = (found.contents as { value: string }).value;
    assert.match(markdown, /^\*\*Troubleshooting\*\* `troubleshooting`/);
    assert.match(markdown, /Self-rating of Alex Kim: \*\*3\*\* Expert\n\nEvidence:\n- led the outage review/);
    assert.match(markdown, /Other reviews:\n- Sam Ortiz \(peer\): \*\*3\*\* Expert/);
    assert.match(markdown, /Next levels expect: 3 by Senior Support Engineer$/);
    assert.deepEqual(found.range, rangeOf(MANAGER, 'troubleshooting'));
  });

  it('goes from `assessment:` to the assessment', async () => {
    const links = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: manager },
      position: rangeOf(MANAGER, 'alex.assessment').end,
    })) as LocationLink[];
    assert.deepEqual(
      links.map((link) => [link.targetUri, link.targetRange, link.originSelectionRange]),
      [
        [
          assessment,
          { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          rangeOf(MANAGER, 'alex.assessment.yaml'),
        ],
      ],
    );
  });

  it('outlines a review in the order of its file', async () => {
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: manager },
    })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail]),
      [
        ['alex.assessment.yaml', 'reviewed self-assessment'],
        ['Jordan Lee', 'reviewer · manager'],
        ['ratings', '2 ratings'],
        ['checks', undefined],
      ],
    );
  });

  it('counts the reviews of each assessment in the workspace summary, for the view to list them', async () => {
    const summary = (await client.connection.sendRequest('ladder/workspaceSummary', {})) as {
      assessments: { uri: string; reviewCount?: number }[];
    };
    assert.deepEqual(
      summary.assessments.map((a) => [a.uri, a.reviewCount]),
      [[assessment, 2]],
    );
  });

  it('answers the calibration request for an assessment: the spec report, the reviews and where each cell is written', async () => {
    const result = (await client.connection.sendRequest('ladder/calibration', {
      uri: assessment,
    })) as CalibrationResult;
    assert.deepEqual(result.report, {
      person: 'Alex Kim',
      asOf: '2026-11-01',
      reviews: [
        { file: 'alex.manager.review.yaml', reviewer: 'Jordan Lee', role: 'manager' },
        { file: 'peer-notes/alex.peer.review.yaml', reviewer: 'Sam Ortiz', role: 'peer' },
      ],
      competencies: [
        { competency: 'troubleshooting', self: 3, reviews: [2, 3], consensus: 2, flags: [] },
        { competency: 'networking', self: 2, reviews: [2, null], consensus: 2, flags: [] },
      ],
      levels: [
        { id: 'engineer', self: 'eligible', reviews: ['eligible', 'eligible'], consensus: 'eligible' },
        { id: 'senior', self: 'eligible', reviews: ['not-yet', 'eligible'], consensus: 'not-yet' },
      ],
    });
    assert.equal(result.uri, assessment);
    assert.equal(result.assessmentUri, assessment);
    assert.equal(result.reviewIndex, undefined);
    assert.deepEqual(result.reviews, [
      {
        uri: manager,
        file: 'alex.manager.review.yaml',
        reviewer: 'Jordan Lee',
        role: 'manager',
        range: rangeOf(MANAGER, 'Jordan Lee'),
        errorCount: 0,
      },
      {
        uri: peer,
        file: 'peer-notes/alex.peer.review.yaml',
        reviewer: 'Sam Ortiz',
        role: 'peer',
        range: rangeOf(PEER, 'Sam Ortiz'),
        errorCount: 0,
      },
    ]);
    assert.deepEqual(result.cells, [
      {
        competency: 'troubleshooting',
        self: valueRange(ASSESSMENT, 'rating: 3', '3'),
        reviews: [valueRange(MANAGER, 'troubleshooting: 2', '2'), valueRange(PEER, 'troubleshooting: 3', '3')],
      },
      {
        competency: 'networking',
        self: valueRange(ASSESSMENT, 'networking: 2', '2'),
        reviews: [valueRange(MANAGER, 'networking: 2', '2'), null],
      },
    ]);
    assert.deepEqual(
      result.levels.map((l) => [l.id, l.name, l.range, l.readiness]),
      [
        ['engineer', 'Support Engineer', rangeOf(LADDER, 'engineer'), { self: 1, reviews: [1, 1], consensus: 1 }],
        [
          'senior',
          'Senior Support Engineer',
          rangeOf(LADDER, 'senior', 2),
          { self: 1, reviews: [0.5, 1], consensus: 0.5 },
        ],
      ],
    );
    assert.deepEqual(result.focus, ['senior']);
    assert.equal(result.ladderUri, files.uri('support.ladder.yaml'));
    assert.deepEqual(result.evidence, { troubleshooting: { evidence: ['led the outage review'] } });
    assert.equal(result.errorCount, 0);
    assert.deepEqual(
      result.scale.map((s) => s.id),
      [1, 2, 3],
    );
    assert.deepEqual(
      result.competencies.map((c) => c.id),
      ['troubleshooting', 'networking'],
    );
  });

  it('answers the calibration request for a review with its assessment and its place among the reviews', async () => {
    const result = (await client.connection.sendRequest('ladder/calibration', { uri: peer })) as CalibrationResult;
    assert.equal(result.uri, peer);
    assert.equal(result.assessmentUri, assessment);
    assert.equal(result.reviewIndex, 1);
    assert.deepEqual(
      result.report?.reviews.map((r) => r.reviewer),
      ['Jordan Lee', 'Sam Ortiz'],
    );
  });

  it('follows an edit of a review, and says why there is no report for another kind of file', async () => {
    client.replace(peer, PEER.replace('troubleshooting: 3', 'troubleshooting: 1'));
    const result = (await client.connection.sendRequest('ladder/calibration', {
      uri: assessment,
    })) as CalibrationResult;
    assert.deepEqual(result.report?.competencies[0], {
      competency: 'troubleshooting',
      self: 3,
      reviews: [2, 1],
      consensus: 1,
      flags: ['disagreement'],
    });
    client.replace(peer, PEER);
    const ladder = (await client.connection.sendRequest('ladder/calibration', {
      uri: files.uri('support.ladder.yaml'),
    })) as CalibrationResult;
    assert.equal(ladder.report, undefined);
    assert.equal(
      ladder.message,
      'Calibration needs a self-assessment (kind: SelfAssessment) or a review of one (kind: Review).',
    );
  });
});
