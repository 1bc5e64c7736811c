// Helpers for the scoring tests: a ladder whose level `goal` holds the requirements under test.
import assert from 'node:assert/strict';
import type { RequirementResult, RequirementStatus } from '../../server/src/core/score/types';
import { diagnosticsOf, errors, scoreOf, yaml } from './helpers';

/** A ladder whose one level `goal` has the given requirements (YAML list items, indented by 6). */
export function ladderWithRequirements(requirements: string, expectations = '{}'): string {
  return (
    yaml`
    kind: Ladder
    id: scoring
    name: Scoring
    scale: [{id: 1}, {id: 2}, {id: 3}]
    competencies:
      - {id: troubleshooting, group: core}
      - {id: networking, group: core}
      - {id: databases, group: core}
      - {id: writing, group: soft}
    metrics:
      - {id: resolution, name: Resolution rate, unit: percent}
      - {id: handle-time, name: Handle time, unit: hours, better: lower}
    checks:
      - {id: peer-review, name: Peer review}
      - {id: documented-need}
    tracks: [{id: core}, {id: ic}]
    levels:
      - {id: associate, name: Associate, track: core, rank: 1}
      - {id: engineer, name: Engineer, track: core, rank: 1}
      - {id: lead, name: Team Lead, track: ic, rank: 2}
      - id: goal
        name: Goal
        track: ic
        rank: 3
        expectations: ${expectations}
        requirements:
  ` + requirements
  );
}

/** Scores level `goal` and returns its requirements' results. */
export function evaluate(requirements: string, assessment: string, valid = true): RequirementResult[] {
  const ladder = ladderWithRequirements(requirements);
  if (valid)
    assert.deepEqual(
      errors(diagnosticsOf({ 'ladder.ladder.yaml': ladder }, 'ladder.ladder.yaml')),
      [],
      'the test ladder is valid',
    );
  const text = `kind: SelfAssessment\nladder: ladder.ladder.yaml\ndate: 2026-11-01\n${assessment}`;
  const report = scoreOf(ladder, text, {}, 'goal');
  return report.levels[0]!.requirements;
}

export function one(requirement: string, assessment: string, valid = true): RequirementResult {
  const results = evaluate(`      - ${requirement}\n`, assessment, valid);
  assert.equal(results.length, 1);
  return results[0]!;
}

export function statusAndDetail(result: RequirementResult): [RequirementStatus, string] {
  return [result.status, result.detail];
}
