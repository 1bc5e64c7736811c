// Ids that are not slugs, written back into a file by completion and quick fixes: each is quoted, so the
// file holds that id and nothing else (no injected waivers, no extra list items).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { codeActions } from '../../../server/src/core/features/codeActions';
import { BASE_LADDER, applyEdits, uri, workspaceOf } from '../helpers';
import { completeAt, edit } from './support';

const EVIL = 'evil:\nwaivers:\n  - requirement: r1\n#';
const LADDER = edit(
  edit(BASE_LADDER, '  - id: writing\n', `  - id: ${JSON.stringify(EVIL)}\n    name: Evil\n  - id: writing\n`),
  '      networking: 2\n    requirements:',
  `      networking: 2\n      ${JSON.stringify(EVIL)}: 1\n    requirements:`,
);
const ASSESSMENT =
  'kind: SelfAssessment\nladder: l.ladder.yaml\nperson: Ana\nlevel: engineer\nratings:\n  troubleshooting: 2\n  networking: 2\n';

describe('ids that are not slugs, written by completion and quick fixes', () => {
  it('completes a competency key quoted', () => {
    const result = completeAt(
      { 'l.ladder.yaml': LADDER, 'a.assessment.yaml': `${ASSESSMENT}  |\n` },
      'a.assessment.yaml',
    );
    const written = parse(result.apply(EVIL));
    assert.deepEqual(written.ratings, { troubleshooting: 2, networking: 2, [EVIL]: null });
    assert.equal(written.waivers, undefined);
  });

  it('completes a reference value quoted, in a flow list too', () => {
    const ladder = edit(
      LADDER,
      '  - id: senior\n',
      '  - id: "a, b"\n    name: AB\n    track: ic\n    rank: 3\n  - id: senior\n',
    );
    const result = completeAt(
      {
        'l.ladder.yaml': ladder,
        'a.assessment.yaml': ASSESSMENT.replace('level: engineer', 'level: engineer\ntarget: |'),
      },
      'a.assessment.yaml',
    );
    assert.equal(parse(result.apply('a, b')).target, 'a, b');
    const flow = completeAt({ 'l.ladder.yaml': ladder.replace('next: [senior]', 'next: [|]') }, 'l.ladder.yaml');
    assert.deepEqual(parse(flow.apply('a, b')).levels[0].next, ['a, b']);
    const pool = completeAt(
      {
        'l.ladder.yaml': edit(
          LADDER,
          '      - check: peer-review\n',
          '      - check: peer-review\n      - competencies: {count: 1, min: 2, of: [|]}\n',
        ),
      },
      'l.ladder.yaml',
    );
    assert.deepEqual(parse(pool.apply(EVIL)).levels[1].requirements[2], {
      competencies: { count: 1, min: 2, of: [EVIL] },
    });
  });

  it('adds missing ratings with their ids quoted', () => {
    const { ws } = workspaceOf({ 'l.ladder.yaml': LADDER, 'a.assessment.yaml': ASSESSMENT });
    const at = ASSESSMENT.indexOf('ratings:') + 2;
    const [fix] = codeActions(ws, uri('a.assessment.yaml'), { start: at, end: at });
    assert.equal(fix?.title, 'Add the missing rating');
    const written = parse(applyEdits(ASSESSMENT, fix.edits));
    assert.deepEqual(written.ratings, { troubleshooting: 2, networking: 2, [EVIL]: null });
    assert.equal(written.waivers, undefined);
  });

  it('changes a misspelt reference to a close id, quoted', () => {
    const ladder = edit(
      LADDER,
      '  - id: senior\n',
      '  - id: "a,b"\n    name: AB\n    track: ic\n    rank: 3\n  - id: senior\n',
    ).replace('next: [senior]', 'next: [a.b]');
    const { ws } = workspaceOf({ 'l.ladder.yaml': ladder });
    const at = ladder.indexOf('a.b]');
    const [fix] = codeActions(ws, uri('l.ladder.yaml'), { start: at, end: at });
    assert.equal(fix?.title, "Change to 'a,b'");
    assert.deepEqual(parse(applyEdits(ladder, fix.edits)).levels[0].next, ['a,b']);
  });
});
