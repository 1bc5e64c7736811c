// Helpers for the ladder-check tests.
import { diagnosticsOf, withCode, yaml } from './helpers';

/** A ladder with the base ladder's scale, competencies, metric, checks and tracks, and the given levels. */
export function ladderWith(levels: string, scale = '[{id: 1}, {id: 2}, {id: 3}]'): string {
  return (
    yaml`
    kind: Ladder
    id: test
    name: Test
    scale: ${scale}
    competencies:
      - {id: troubleshooting, group: core}
      - {id: networking, group: core}
      - {id: writing, group: soft}
    metrics:
      - {id: resolution, unit: percent}
    checks:
      - {id: peer-review}
    tracks:
      - {id: core}
      - {id: ic}
  ` + levels
  );
}

export function ladderDiagnostics(text: string, ...codes: string[]) {
  const all = diagnosticsOf({ 'l.ladder.yaml': text }, 'l.ladder.yaml');
  return codes.length === 0 ? all : withCode(all, ...codes);
}
