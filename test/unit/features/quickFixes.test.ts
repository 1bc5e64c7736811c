import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeActions } from '../../../server/src/core/features/codeActions';
import type { LadderDiagnostic } from '../../../server/src/core/types';
import { BASE_LADDER, applyEdits, edit, uri, workspaceOf } from '../helpers';
import { BASE_ASSESSMENT, assessmentFiles } from './support';

const LADDER = 'l.ladder.yaml';

interface Offered {
  /** The finding, as `code: message`. */
  finding: string;
  /** The titles of its quick fixes, in order. */
  titles: string[];
  /** The text after applying the fix with `title`. */
  apply(title: string): string;
}

/**
 * The one finding of `name` in a workspace of `files` (the one with `code`, when given), and the quick
 * fixes the editor offers for it.
 */
function onlyFinding(files: Record<string, string>, name: string, code?: string): Offered {
  const { ws } = workspaceOf(files);
  const found = ws.diagnostics(uri(name)).filter((d) => code === undefined || d.code === code);
  assert.equal(found.length, 1, JSON.stringify(found.map((d) => `${d.code}: ${d.message}`)));
  const diagnostic: LadderDiagnostic = found[0]!;
  const actions = codeActions(ws, uri(name), diagnostic.span).filter((a) => a.diagnostic === diagnostic);
  return {
    finding: `${diagnostic.code}: ${diagnostic.message}`,
    titles: actions.map((a) => a.title),
    apply(title) {
      const action = actions.find((a) => a.title === title);
      assert.ok(action, `no fix '${title}' among ${JSON.stringify(actions.map((a) => a.title))}`);
      return applyEdits(files[name]!, action.edits);
    },
  };
}

/** The findings of a ladder text alone, as `code: message`. */
function findings(files: Record<string, string>, name: string): string[] {
  return workspaceOf(files)
    .ws.diagnostics(uri(name))
    .map((d) => `${d.code}: ${d.message}`);
}

function ladderFinding(text: string): Offered {
  return onlyFinding({ [LADDER]: text }, LADDER);
}

function ladderFindings(text: string): string[] {
  return findings({ [LADDER]: text }, LADDER);
}

describe('quick fixes for a level id that names no level', () => {
  const ladder = edit(BASE_LADDER, '    next: [staff]', '    next: [staff, principal]');

  it('removes it from a flow list of next levels, or creates the level above on the same track', () => {
    const offered = ladderFinding(ladder);
    assert.equal(offered.finding, "unknown-reference: Unknown level 'principal'.");
    assert.deepEqual(offered.titles, ["Remove 'principal' from next", "Create level 'principal'"]);
    assert.equal(offered.apply("Remove 'principal' from next"), BASE_LADDER);
    const created = offered.apply("Create level 'principal'");
    assert.equal(created, `${ladder}  - id: principal\n    name: Principal\n    track: ic\n    rank: 3\n`);
    assert.deepEqual(ladderFindings(created), []);
  });

  it('removes the line of an item of a block list', () => {
    const block = edit(BASE_LADDER, '    next: [staff]', '    next:\n      - staff\n      - principal');
    const removed = ladderFinding(block).apply("Remove 'principal' from next");
    assert.equal(removed, edit(BASE_LADDER, '    next: [staff]', '    next:\n      - staff'));
    assert.deepEqual(ladderFindings(removed), []);
  });

  it('leaves an empty list when it removes the only next level', () => {
    const only = edit(BASE_LADDER, '    next: [staff]', '    next: [stafff]');
    const offered = ladderFinding(only);
    assert.equal(offered.finding, "unknown-reference: Unknown level 'stafff'. Did you mean 'staff'?");
    assert.deepEqual(offered.titles, ["Change to 'staff'", "Remove 'stafff' from next", "Create level 'stafff'"]);
    assert.equal(offered.apply("Change to 'staff'"), BASE_LADDER);
    const removed = offered.apply("Remove 'stafff' from next");
    assert.equal(removed, edit(BASE_LADDER, '    next: [staff]', '    next: []'));
    assert.deepEqual(ladderFindings(removed), []);
  });

  it('creates the level a time-at-level requirement names, a rank below', () => {
    const text = edit(BASE_LADDER, '{years: 1, rank: 1}', '{years: 1, level: apprentice}');
    const offered = ladderFinding(text);
    assert.deepEqual(offered.titles, ["Create level 'apprentice'"]);
    const created = offered.apply("Create level 'apprentice'");
    assert.equal(created, `${text}  - id: apprentice\n    name: Apprentice\n    track: ic\n    rank: 1\n`);
    assert.deepEqual(ladderFindings(created), []);
  });

  it('changes a misspelt level of a time-at-level requirement to the level it was meant to be', () => {
    const text = edit(BASE_LADDER, '{years: 1, rank: 1}', '{years: 1, level: enginer}');
    const offered = ladderFinding(text);
    assert.equal(offered.finding, "unknown-reference: Unknown level 'enginer'. Did you mean 'engineer'?");
    assert.deepEqual(offered.titles, ["Change to 'engineer'", "Create level 'enginer'"]);
    const changed = offered.apply("Change to 'engineer'");
    assert.equal(changed, edit(BASE_LADDER, '{years: 1, rank: 1}', '{years: 1, level: engineer}'));
    assert.deepEqual(ladderFindings(changed), []);
  });

  it("changes an assessment's misspelt target to the level it was meant to be", () => {
    const assessment = edit(BASE_ASSESSMENT, 'level: engineer\n', 'level: engineer\ntarget: stafff\n');
    const files = assessmentFiles(assessment);
    const offered = onlyFinding(files, 'a.assessment.yaml', 'unknown-reference');
    assert.equal(offered.finding, "unknown-reference: Unknown level 'stafff'. Did you mean 'staff'?");
    assert.deepEqual(offered.titles, ["Change to 'staff'", "Remove target 'stafff'"]);
    const changed = offered.apply("Change to 'staff'");
    assert.equal(changed, edit(BASE_ASSESSMENT, 'level: engineer\n', 'level: engineer\ntarget: staff\n'));
    assert.deepEqual(findings({ ...files, 'a.assessment.yaml': changed }, 'a.assessment.yaml'), [
      'missing-ratings: Not rated yet, but expected by your next or target levels: networking.',
    ]);
  });

  it("removes an assessment's target that names no level", () => {
    const assessment = edit(BASE_ASSESSMENT, 'level: engineer\n', 'level: engineer\ntarget: principal\n');
    const files = assessmentFiles(assessment);
    const offered = onlyFinding(files, 'a.assessment.yaml', 'unknown-reference');
    assert.equal(offered.finding, "unknown-reference: Unknown level 'principal'.");
    assert.deepEqual(offered.titles, ["Remove target 'principal'"]);
    const removed = offered.apply("Remove target 'principal'");
    assert.equal(removed, BASE_ASSESSMENT);
    assert.deepEqual(findings({ ...files, 'a.assessment.yaml': removed }, 'a.assessment.yaml'), [
      'missing-ratings: Not rated yet, but expected by your next or target levels: networking.',
    ]);
  });
});

describe('quick fix for ratings the next levels expect', () => {
  it('adds the missing competencies to the ratings, to be filled in, and the finding goes', () => {
    const files = assessmentFiles(BASE_ASSESSMENT);
    const offered = onlyFinding(files, 'a.assessment.yaml');
    assert.equal(
      offered.finding,
      'missing-ratings: Not rated yet, but expected by your next or target levels: networking.',
    );
    assert.deepEqual(offered.titles, ['Add the missing rating']);
    const added = offered.apply('Add the missing rating');
    assert.equal(added, edit(BASE_ASSESSMENT, '  troubleshooting: 2\n', '  troubleshooting: 2\n  networking:\n'));
    assert.deepEqual(findings({ ...files, 'a.assessment.yaml': added }, 'a.assessment.yaml'), []);
  });
});

describe('quick fix for a rank that does not rise', () => {
  it('sets the next level one rank above on the same track', () => {
    const text = edit(BASE_LADDER, '    rank: 3', '    rank: 2');
    const offered = ladderFinding(text);
    assert.equal(
      offered.finding,
      "rank-not-rising: 'staff' (rank 2) follows 'senior' (rank 2), but ranks should rise along next.",
    );
    assert.deepEqual(offered.titles, ["Set the rank of 'staff' to 3"]);
    assert.equal(offered.apply("Set the rank of 'staff' to 3"), BASE_LADDER);
  });

  it('sets it to the same rank on another track', () => {
    const text = edit(BASE_LADDER, '    track: ic\n    rank: 2', '    track: ic\n    rank: 1')
      .replace('    track: core\n    rank: 1', '    track: core\n    rank: 2')
      .replace('{years: 1, rank: 1}', '{years: 1, level: engineer}');
    const offered = ladderFinding(text);
    assert.deepEqual(offered.titles, ["Set the rank of 'senior' to 2"]);
    const fixed = offered.apply("Set the rank of 'senior' to 2");
    assert.equal(fixed, text.replace('    track: ic\n    rank: 1', '    track: ic\n    rank: 2'));
    assert.deepEqual(ladderFindings(fixed), []);
  });
});

describe('quick fixes for keys', () => {
  it('suggests the key a misspelt one was meant to be, from the schema', () => {
    const text = edit(BASE_LADDER, '    rank: 2', '    rnak: 2');
    const { ws } = workspaceOf({ [LADDER]: text });
    const unknown = ws.diagnostics(uri(LADDER)).find((d) => d.code === 'unknown-key')!;
    assert.equal(unknown.message, "Unknown key 'rnak' in levels item 2. Did you mean 'rank'?");
    const actions = codeActions(ws, uri(LADDER), unknown.span).filter((a) => a.diagnostic === unknown);
    assert.deepEqual(
      actions.map((a) => [a.title, a.preferred ?? false]),
      [
        ["Change to 'rank'", true],
        ["Remove unknown key 'rnak'", false],
      ],
    );
    assert.equal(applyEdits(text, actions[0]!.edits), BASE_LADDER);
  });

  it('suggests a key inside a requirement, and none already present', () => {
    const text = edit(BASE_LADDER, '{years: 1, rank: 1}', '{yeras: 1, rank: 1}');
    const messages = ladderFindings(text);
    assert.deepEqual(messages, [
      "missing-key: Missing required key 'years' in 'time-at-level'.",
      "unknown-key: Unknown key 'yeras' in 'time-at-level'. Did you mean 'years'?",
    ]);
    const twice = edit(BASE_LADDER, '{years: 1, rank: 1}', '{years: 1, rank: 1, rnak: 1}');
    assert.deepEqual(ladderFindings(twice), ["unknown-key: Unknown key 'rnak' in 'time-at-level'."]);
  });

  it('suggests nothing for a key far from every key of the schema', () => {
    const text = edit(BASE_LADDER, 'name: Base Ladder\n', 'name: Base Ladder\ncolour: red\n');
    const offered = ladderFinding(text);
    assert.equal(offered.finding, "unknown-key: Unknown key 'colour' in the document.");
    assert.deepEqual(offered.titles, ["Remove unknown key 'colour'"]);
    assert.equal(offered.apply("Remove unknown key 'colour'"), BASE_LADDER);
  });

  it('removes an unknown key inside a level', () => {
    const text = edit(BASE_LADDER, '    rank: 2\n', '    rank: 2\n    colour: red\n');
    const offered = ladderFinding(text);
    assert.equal(offered.finding, "unknown-key: Unknown key 'colour' in levels item 2.");
    assert.deepEqual(offered.titles, ["Remove unknown key 'colour'"]);
    const removed = offered.apply("Remove unknown key 'colour'");
    assert.equal(removed, BASE_LADDER);
    assert.deepEqual(ladderFindings(removed), []);
  });

  const missing: [string, string, string, string][] = [
    ['rank', '    rank: 2\n', '', "Add 'rank: 2'"],
    ['track', '    track: ic\n    rank: 2', '    rank: 2', "Add 'track: core'"],
    ['name', '    name: Senior\n', '', "Add 'name: Senior'"],
    ['id', '  - id: senior\n    name: Senior\n    track: ic', '  - name: Senior\n    track: ic', "Add 'id: senior'"],
  ];
  for (const [key, search, replacement, title] of missing) {
    it(`adds a missing '${key}' to a level with a value that passes the checks`, () => {
      const text = edit(BASE_LADDER, search, replacement);
      const { ws } = workspaceOf({ [LADDER]: text });
      const diagnostic = ws.diagnostics(uri(LADDER)).find((d) => d.code === 'missing-key')!;
      assert.equal(diagnostic.message, `Missing required key '${key}' in levels item 2.`);
      const actions = codeActions(ws, uri(LADDER), diagnostic.span).filter((a) => a.diagnostic === diagnostic);
      assert.deepEqual(
        actions.map((a) => a.title),
        [title],
      );
      const fixed = applyEdits(text, actions[0]!.edits);
      const line = title.slice("Add '".length, -1);
      assert.equal(fixed, edit(text, '    next: [staff]\n', `    next: [staff]\n    ${line}\n`));
      assert.deepEqual(ladderFindings(fixed), []);
    });
  }

  it('adds a missing number to a flow mapping', () => {
    const text = edit(BASE_LADDER, '{years: 1, rank: 1}', '{rank: 1}');
    const offered = ladderFinding(text);
    assert.equal(offered.finding, "missing-key: Missing required key 'years' in 'time-at-level'.");
    assert.deepEqual(offered.titles, ["Add 'years: 1'"]);
    const fixed = offered.apply("Add 'years: 1'");
    assert.equal(fixed, edit(BASE_LADDER, '{years: 1, rank: 1}', '{rank: 1, years: 1}'));
    assert.deepEqual(ladderFindings(fixed), []);
  });

  it('adds the lowest scale value as a missing minimum', () => {
    const text = edit(
      BASE_LADDER,
      '      - check: peer-review\n',
      '      - check: peer-review\n      - competencies: {count: 1}\n',
    );
    const offered = ladderFinding(text);
    assert.deepEqual(offered.titles, ["Add 'min: 1'"]);
    const fixed = offered.apply("Add 'min: 1'");
    assert.ok(fixed.includes('      - competencies: {count: 1, min: 1}\n'));
    assert.deepEqual(ladderFindings(fixed), []);
  });

  it('offers no value it cannot know: the ladder of an assessment', () => {
    const text = edit(BASE_ASSESSMENT, 'ladder: ladder.ladder.yaml\n', '');
    const { ws } = workspaceOf({ 'a.assessment.yaml': text });
    const diagnostic = ws.diagnostics(uri('a.assessment.yaml')).find((d) => d.code === 'missing-key')!;
    assert.equal(diagnostic.message, "Missing required key 'ladder' in the document.");
    assert.deepEqual(codeActions(ws, uri('a.assessment.yaml'), diagnostic.span), []);
  });
});
