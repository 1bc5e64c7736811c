// The CLI is English whatever the environment's language: it never configures a string bundle or a locale
// for numbers (the editor's language server does, from what the extension sends it).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
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

/** An English environment, to compare the German one's output with. */
const ENGLISH_ENVIRONMENT = { LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8', LANGUAGE: 'en' };

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

  it('writes numbers the English way in a German environment, byte for byte as in an English one', () => {
    /** The sample with fractional and large numbers in its requirements (and, with `conflict`, an error). */
    const folder = (conflict: boolean) => {
      const dir = sampleFolder();
      const file = join(dir, 'customer-engineering.ladder.yaml');
      let text = readFileSync(file, 'utf8')
        .replace('time-at-level: {years: 1, rank: 2}', 'time-at-level: {years: 1.5, rank: 2}')
        .replace('metric: {id: unassisted-resolution, min: 95}', 'metric: {id: unassisted-resolution, min: 12345.5}');
      if (conflict) text = text.replace('min: 90}', 'min: 95.5, max: 90.5}');
      writeFileSync(file, text);
      return dir;
    };
    const [scored, broken] = [folder(false), folder(true)];
    const runs: [string, string[]][] = [
      [broken, ['check', '.']],
      [scored, ['score', 'jordan-lee.assessment.yaml']],
      [scored, ['score', 'jordan-lee.assessment.yaml', '--format', 'markdown']],
      [scored, ['team', '.', '--format', 'markdown']],
    ];
    for (const [dir, args] of runs)
      assert.deepEqual(ladder(args, dir, GERMAN_ENVIRONMENT), ladder(args, dir, ENGLISH_ENVIRONMENT), args.join(' '));

    const check = lines(ladder(['check', '.'], broken, GERMAN_ENVIRONMENT).stdout);
    assert.equal(
      check[0],
      'customer-engineering.ladder.yaml:178:61: error: max 90.5 is below min 95.5, so this can never be met. [requirement-shape]',
    );
    const score = lines(ladder(['score', 'jordan-lee.assessment.yaml'], scored, GERMAN_ENVIRONMENT).stdout);
    for (const line of [
      '    ✗ unmet   manager-tenure: 1.4 years at rank 2 (needs 1.5) — 1 year at Level 2.',
      '    ✗ unmet   staff-unassisted-resolution: Support issues resolved without assistance: 88% (needs at least 12345.5%) — Able to resolve 95% of support issues without assistance.',
    ])
      assert.ok(score.includes(line), `${line}\n${score.join('\n')}`);
  });
});
