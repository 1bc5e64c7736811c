// The server's messages in the user's language: with the German bundle and locale configured (as the
// language server does at initialize), findings, hovers and the explanation of each requirement are German,
// their numbers too ("1,4 Jahre"); configured with no strings and no locale again, they are the English ones
// every other test asserts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { createLadderService } from '../../server/src/core';
import { useLanguage } from '../../server/src/lsp/userLanguage';
import { MemoryHost, NOW, uri } from './helpers';

const GERMAN = JSON.parse(readFileSync('l10n/bundle.l10n.de.json', 'utf8')) as Record<string, string>;

/** The Jordan Lee sample with a misspelt rating and an unknown key. */
function sample() {
  const files: Record<string, string> = {};
  for (const name of ['customer-engineering.ladder.yaml', 'support.competencies.yaml', 'jordan-lee.assessment.yaml'])
    files[name] = readFileSync(`samples/${name}`, 'utf8');
  const assessment = files['jordan-lee.assessment.yaml']!.replace(
    '  troubleshooting: 3',
    '  troubleshootin: 3',
  ).replace('date: "2026-11-01"', 'date: "2026-11-01"\nbogus: 1');
  files['jordan-lee.assessment.yaml'] = assessment;
  const service = createLadderService({ host: new MemoryHost(files), now: NOW });
  const assessmentUri = uri('jordan-lee.assessment.yaml');
  return {
    /** Each finding with the titles of the quick fixes the editor offers for it. */
    findings: () =>
      service.diagnostics(assessmentUri).map((d) => [
        d.code,
        d.message,
        ...service
          .codeActions(assessmentUri, d.span)
          .filter((action) => action.diagnostic === d)
          .map((action) => action.title),
      ]),
    /** The hover on the `mentoring` rating: its line of facts and what the next levels expect (its last line). */
    hoverOnMentoring: () => {
      const paragraphs = service.hover(assessmentUri, assessment.indexOf('mentoring:') + 2)?.markdown.split('\n\n');
      return paragraphs && [paragraphs[1], paragraphs[paragraphs.length - 1]];
    },
    explanations: (level: string) =>
      service
        .score(assessmentUri)
        .report?.levels.find((l) => l.id === level)
        ?.requirements.map((r) => `${r.id}: ${r.detail}`),
  };
}

describe("the server's messages in the user's language", () => {
  after(() => useLanguage({}));

  it('are German with the German bundle and locale: findings and their fixes, hovers, requirement explanations', () => {
    useLanguage({ bundle: GERMAN, locale: 'de' });
    const german = sample();
    assert.deepEqual(german.findings(), [
      ['unknown-key', "Unbekannter Schlüssel 'bogus' in dem Dokument.", "Unbekannten Schlüssel 'bogus' entfernen"],
      [
        'missing-ratings',
        'Noch nicht bewertet, aber von Ihren nächsten Stufen oder Ihrer Zielstufe erwartet: troubleshooting, team-metrics.',
        'Die 2 fehlenden Bewertungen hinzufügen',
      ],
      [
        'unknown-reference',
        "Kompetenz 'troubleshootin' ist unbekannt. Meinten Sie 'troubleshooting'?",
        "In 'troubleshooting' ändern",
      ],
    ]);
    assert.deepEqual(german.hoverOnMentoring(), [
      'Gruppe `professional` · definiert in support.competencies.yaml',
      'Nächste Stufen erwarten: 3 für Manager, 3 für Staff Engineer',
    ]);
    assert.deepEqual(german.explanations('staff-engineer'), [
      'staff-tenure: 1,4 Jahre auf Rang 2 (nötig: 2)',
      'staff-sme: 0 mit 4 oder höher bewertet in core (nötig: 4)',
      'staff-peer-review: Successful peer review: ausstehend',
      'staff-unassisted-resolution: Support issues resolved without assistance: 88 % (nötig: mindestens 95 %)',
    ]);
    assert.deepEqual(german.explanations('manager')?.slice(2), [
      'manager-people-experience: 2 von 3 Optionen erfüllt (nötig: 1)',
      'manager-peer-review: Successful peer review: ausstehend',
    ]);
  });

  it('are English again once the configuration holds no strings', () => {
    useLanguage({ bundle: GERMAN, locale: 'de' });
    useLanguage({});
    const english = sample();
    assert.deepEqual(english.findings(), [
      ['unknown-key', "Unknown key 'bogus' in the document.", "Remove unknown key 'bogus'"],
      [
        'missing-ratings',
        'Not rated yet, but expected by your next or target levels: troubleshooting, team-metrics.',
        'Add the 2 missing ratings',
      ],
      [
        'unknown-reference',
        "Unknown competency 'troubleshootin'. Did you mean 'troubleshooting'?",
        "Change to 'troubleshooting'",
      ],
    ]);
    assert.deepEqual(english.hoverOnMentoring(), [
      'group `professional` · defined in support.competencies.yaml',
      'Next levels expect: 3 by Manager, 3 by Staff Engineer',
    ]);
    assert.deepEqual(english.explanations('staff-engineer'), [
      'staff-tenure: 1.4 years at rank 2 (needs 2)',
      'staff-sme: 0 rated 4 or higher in core (needs 4)',
      'staff-peer-review: Successful peer review: pending',
      'staff-unassisted-resolution: Support issues resolved without assistance: 88% (needs at least 95%)',
    ]);
  });
});
