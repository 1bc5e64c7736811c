// "Did you mean" compares an unknown id with every id of its kind; a file's checks spend at most
// SUGGESTION_BUDGET comparisons on it, so that thousands of unknown references among thousands of ids
// do not cost their product. Past the budget, an id that differs only in case is still suggested.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SUGGESTION_BUDGET } from '../../server/src/core/check/suggestions';
import { diagnosticsOf, withCode } from './helpers';

const IDS = 1_000;

function ladder(): string {
  const competencies = Array.from({ length: IDS }, (_, i) => `  - id: skill-${i}`).join('\n');
  return `kind: Ladder\nid: big\nname: Big\nscale: [{id: 1}, {id: 2}]\ncompetencies:\n${competencies}\ntracks: [{id: ic}]\nlevels:\n  - {id: one, name: One, track: ic, rank: 1}\n`;
}

describe('did-you-mean suggestions', () => {
  it(`are looked for among ${IDS} ids until ${SUGGESTION_BUDGET} comparisons are spent; one differing in case always`, () => {
    const searches = SUGGESTION_BUDGET / IDS;
    const misspelled = Array.from({ length: searches + 10 }, (_, i) => `skil-${i}`);
    const ratings = [...misspelled, 'SKILL-7'].map((id) => `  ${id}: 1`).join('\n');
    const assessment = `kind: SelfAssessment\nladder: big.ladder.yaml\nratings:\n${ratings}\n`;
    const messages = withCode(
      diagnosticsOf({ 'big.ladder.yaml': ladder(), 'a.assessment.yaml': assessment }, 'a.assessment.yaml'),
      'unknown-reference',
    ).map((d) => d.message);
    assert.deepEqual(messages, [
      ...misspelled
        .slice(0, searches)
        .map((id) => `Unknown competency '${id}'. Did you mean '${id.replace('skil-', 'skill-')}'?`),
      ...misspelled.slice(searches).map((id) => `Unknown competency '${id}'.`),
      "Unknown competency 'SKILL-7'. Did you mean 'skill-7'?",
    ]);
  });
});
