// `ladder check` over many files splits them over worker threads: the output must be exactly the one
// thread's output, whatever the number of threads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BROKEN_LADDER, MINI_ASSESSMENT, MINI_LADDER, SYNTAX_ERROR_CATALOGUE } from './fixtures';
import { fixture, ladder, lines } from './helpers';

/** 250 assessments in team folders, some broken in different ways, against two ladders (one broken). */
function manyFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'mini.ladder.yaml': MINI_LADDER,
    'broken.ladder.yaml': BROKEN_LADDER,
    'extra.competencies.yaml': SYNTAX_ERROR_CATALOGUE,
  };
  for (let index = 0; index < 250; index++) {
    const team = `team-${String(index % 7).padStart(2, '0')}`;
    let text = MINI_ASSESSMENT.replace('ladder: mini.ladder.yaml', 'ladder: ../mini.ladder.yaml').replace(
      'Test Person',
      `Person ${index}`,
    );
    if (index % 5 === 1) text = text.replace('troubleshooting: 3', 'troubleshootin: 3');
    if (index % 5 === 2) text = text.replace('level: engineer', 'level: principal');
    if (index % 11 === 3) text = text.replace('ladder: ../mini.ladder.yaml', 'ladder: ../broken.ladder.yaml');
    if (index % 13 === 4) text = text.replace('resolution: 85', 'resolution: [85');
    if (index % 17 === 5) text = text.replace('ladder: ../mini.ladder.yaml', 'ladder: ../missing.ladder.yaml');
    files[`${team}/person-${String(index).padStart(3, '0')}.assessment.yaml`] = text;
  }
  return files;
}

describe('ladder check on many threads', () => {
  it('prints the same problems, in the same order, with one thread, three threads and the default', () => {
    const dir = fixture(manyFiles());
    for (const format of ['text', 'json']) {
      const one = ladder(['check', '.', '--format', format], dir, { LADDER_THREADS: '1' });
      assert.equal(one.code, 1);
      assert.ok(lines(one.stdout).length > 250, `${format}: expected many problems`);
      assert.match(one.stderr, /^253 files checked: \d+ errors/);
      for (const threads of ['3', '']) {
        const many = ladder(['check', '.', '--format', format], dir, { LADDER_THREADS: threads });
        assert.deepEqual(many, one, `${format} with LADDER_THREADS='${threads}'`);
      }
    }
  });
});
