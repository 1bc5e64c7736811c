// The CLI is English whatever the environment's language: it never configures a string bundle (the
// editor's language server does, from what the extension sends it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, ladder, lines, REPO } from './helpers';

/** Everything an environment could say about a German user. */
const GERMAN_ENVIRONMENT = {
  LANG: 'de_DE.UTF-8',
  LC_ALL: 'de_DE.UTF-8',
  LANGUAGE: 'de',
  VSCODE_NLS_CONFIG: JSON.stringify({ locale: 'de', osLocale: 'de', availableLanguages: { '*': 'de' } }),
  VSCODE_L10N_BUNDLE_LOCATION: join(REPO, 'l10n', 'bundle.l10n.de.json'),
};

function sampleFolder(assessment: (text: string) => string = (text) => text): string {
  const sample = (name: string) => readFileSync(join(REPO, 'samples', name), 'utf8');
  return fixture({
    'customer-engineering.ladder.yaml': sample('customer-engineering.ladder.yaml'),
    'support.competencies.yaml': sample('support.competencies.yaml'),
    'jordan-lee.assessment.yaml': assessment(sample('jordan-lee.assessment.yaml')),
  });
}

describe('the language of the ladder command', () => {
  it('checks in English in a German environment', () => {
    const dir = sampleFolder((text) => text.replace('  troubleshooting: 3', '  troubleshootin: 3'));
    const result = ladder(['check', '.'], dir, GERMAN_ENVIRONMENT);
    assert.equal(result.code, 1);
    assert.deepEqual(lines(result.stdout), [
      'jordan-lee.assessment.yaml:16:1: info: Not rated yet, but expected by your next or target levels: troubleshooting, team-metrics. [missing-ratings]',
      "jordan-lee.assessment.yaml:18:3: error: Unknown competency 'troubleshootin'. Did you mean 'troubleshooting'? [unknown-reference]",
    ]);
    assert.equal(result.stderr, '3 files checked: 1 error, 1 info\n');
  });

  it('scores in English in a German environment: verdicts and the explanation of each requirement', () => {
    const result = ladder(['score', 'jordan-lee.assessment.yaml'], sampleFolder(), GERMAN_ENVIRONMENT);
    assert.equal(result.code, 0);
    const shown = lines(result.stdout);
    for (const line of [
      '  INCOMPLETE · readiness 76% (10 of 13)',
      '    ✓ met     manager-tenure: 1.4 years at rank 2 (needs 1) — 1 year at Level 2.',
      '    ? unknown manager-peer-review: Successful peer review: pending — Successful peer review.',
      '    ✗ unmet   staff-unassisted-resolution: Support issues resolved without assistance: 88% (needs at least 95%) — Able to resolve 95% of support issues without assistance.',
    ])
      assert.ok(shown.includes(line), line);
  });
});
