// The new-review scaffold over stdio: the text the server writes for a review of an assessment (its relative
// `assessment:` path, placeholders, the competencies the next levels expect), and what that text is worth
// once saved: a review the server reads, whose only problems are the placeholders left to fill.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CATALOGUE, LADDER } from './fixtures';
import { LspClient } from './lspClient';
import type { CalibrationResult } from '../../server/src/protocol';

const ASSESSMENT = `kind: SelfAssessment
ladder: support.ladder.yaml
person: Alex Kim
date: 2026-11-01
level: engineer
since: 2025-09-01
ratings:
  troubleshooting: 3
checks:
  peer-review: passed
`;

describe('the new-review scaffold over stdio', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-protocol-review-scaffold-'));
  writeFileSync(join(dir, 'support.ladder.yaml'), LADDER);
  writeFileSync(join(dir, 'core.competencies.yaml'), CATALOGUE);
  writeFileSync(join(dir, 'alex.assessment.yaml'), ASSESSMENT);
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const client = new LspClient();

  before(() => client.initialize(pathToFileURL(dir).href));
  after(() => client.close());

  it('writes a review of the assessment with a relative path, placeholders and every competency the next levels expect', async () => {
    const target = uri('reviews/alex.jordan.review.yaml');
    const { text } = (await client.connection.sendRequest('ladder/scaffoldReview', {
      assessmentUri: uri('alex.assessment.yaml'),
      targetUri: target,
    })) as { text: string };
    assert.equal(text.replace(/^date: "\d{4}-\d{2}-\d{2}"$/m, 'date: "TODAY"'), EXPECTED);
  });

  it('refuses to scaffold a review of a file that is not a self-assessment', async () => {
    await assert.rejects(
      client.connection.sendRequest('ladder/scaffoldReview', {
        assessmentUri: uri('support.ladder.yaml'),
        targetUri: uri('x.review.yaml'),
      }),
      /is not a self-assessment that can be read/,
    );
  });

  it('gives a review that, saved, is calibrated with the assessment once the placeholders are filled', async () => {
    const target = uri('reviews/alex.jordan.review.yaml');
    const { text } = (await client.connection.sendRequest('ladder/scaffoldReview', {
      assessmentUri: uri('alex.assessment.yaml'),
      targetUri: target,
    })) as { text: string };
    client.open(target, text);
    const open = await client.diagnostics(target);
    assert.deepEqual(
      open.filter((d) => d.severity === 1).map((d) => [d.range.start.line, d.message]),
      [
        [2, "'reviewer' should be text, not nothing."],
        [3, "'role' should be text, not nothing."],
        [3, "nothing is not allowed for 'role'; use one of: manager, peer, panel, other."],
      ],
      'errors only on the reviewer and role placeholders',
    );
    const filled = text
      .replace('reviewer: # your name', 'reviewer: Jordan Lee')
      .replace('role: # manager, peer, panel or other', 'role: manager')
      .replace('networking: #', 'networking: 1 #');
    client.replace(target, filled);
    await client.diagnostics(target, (list) => list.every((d) => d.severity !== 1), client.published.length);
    const calibration = (await client.connection.sendRequest('ladder/calibration', {
      uri: target,
    })) as CalibrationResult;
    assert.deepEqual(calibration.report?.reviews, [
      { file: 'reviews/alex.jordan.review.yaml', reviewer: 'Jordan Lee', role: 'manager' },
    ]);
    assert.equal(calibration.reviewIndex, 0);
  });
});

const EXPECTED = `kind: Review
assessment: ../alex.assessment.yaml # the self-assessment of Alex Kim this review rates
reviewer: # your name
role: # manager, peer, panel or other
date: "TODAY"
# Your rating of each competency the next levels expect. Leave a value empty to not rate it.
# Scale: 1 Learning, 2 Practising, 3 Expert.
ratings:
  troubleshooting: # self-rated 3; expected 3 for Senior Support Engineer
  networking: # not self-rated; expected 2 for Senior Support Engineer
# Optional: checks and metrics you record override the assessment's; a note for the person:
# note: …
`;
