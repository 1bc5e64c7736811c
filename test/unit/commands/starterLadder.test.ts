// The ladder "New Ladder…" starts from, in the display language: its names, descriptions and comments come
// from the string bundle, its ids stay as the format wants them, and the core finds nothing wrong with it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { parse } from 'yaml';
import { fakeVscode } from '../fakeVscodeInstalled';
import { starterLadder } from '../../../client/src/commands/starterLadder';
import { uri, workspaceOf } from '../helpers';

const GERMAN = JSON.parse(readFileSync('l10n/bundle.l10n.de.json', 'utf8')) as Record<string, string>;
const KEBAB_ID = /^[a-z0-9][a-z0-9-]*$/;

interface Starter {
  id: string;
  name: string;
  description: string;
  scale: { id: number; name: string }[];
  competencies: { id: string; name: string; group: string; descriptors?: Record<string, string> }[];
  metrics: { id: string; name: string }[];
  checks: { id: string; name: string }[];
  tracks: { id: string; name: string }[];
  levels: { id: string; name: string; track: string; next?: string[]; requirements?: { id?: string }[] }[];
}

/** The problems the core finds in `text` as a ladder file. */
function problems(text: string): string[] {
  const { ws } = workspaceOf({ 'my-team.ladder.yaml': text });
  return ws.diagnostics(uri('my-team.ladder.yaml')).map((d) => `${d.code}: ${d.message}`);
}

/** Every id of the ladder: its own, and those of its lists, groups and references. */
function ids(ladder: Starter): string[] {
  return [
    ladder.id,
    ...[ladder.competencies, ladder.metrics, ladder.checks, ladder.tracks, ladder.levels].flatMap((list) =>
      list.map((item) => item.id),
    ),
    ...ladder.competencies.map((c) => c.group),
    ...ladder.levels.flatMap((level) => [
      level.track,
      ...(level.next ?? []),
      ...(level.requirements ?? []).flatMap((r) => (r.id ? [r.id] : [])),
    ]),
  ];
}

describe('the starter ladder of "New Ladder…"', () => {
  afterEach(() => {
    fakeVscode.api.l10n.bundle = undefined;
  });

  it('is English without a bundle, and valid', () => {
    const text = starterLadder();
    assert.deepEqual(problems(text), []);
    const ladder = parse(text) as Starter;
    assert.equal(ladder.name, 'My Team Career Ladder');
    assert.deepEqual(
      ladder.scale.map((s) => s.name),
      ['Learning', 'Practising', 'Expert'],
    );
    assert.ok(text.startsWith('# A career ladder. Every level names the competencies it expects and the requirements'));
  });

  it('is German with the German bundle, valid, its ids the English ones in ASCII kebab-case', () => {
    const english = parse(starterLadder()) as Starter;
    fakeVscode.api.l10n.bundle = GERMAN;
    const text = starterLadder();
    assert.deepEqual(problems(text), []);
    const ladder = parse(text) as Starter;
    assert.equal(ladder.name, 'Karriereleiter meines Teams');
    assert.equal(ladder.description, 'Ersetzen Sie dies durch einen Satz darüber, für wen die Leiter gedacht ist.');
    assert.deepEqual(
      ladder.scale.map((s) => s.name),
      ['Lernend', 'Anwendend', 'Expertise'],
    );
    assert.deepEqual(
      ladder.competencies.map((c) => c.name),
      ['Technische Fehlerbehebung', 'Kundenkommunikation', 'Mentoring'],
    );
    assert.deepEqual(ladder.competencies[0]!.descriptors, {
      1: 'Folgt Runbooks mit Unterstützung.',
      3: 'Erste Ansprechperson im Team; gibt ihr Wissen weiter.',
    });
    assert.deepEqual(
      ladder.tracks.map((t) => t.name),
      ['Kernrolle', 'Fachlaufbahn'],
    );
    assert.equal(ladder.checks[0]!.name, 'Erfolgreiche Peer-Beurteilung');
    assert.ok(text.startsWith('# Eine Karriereleiter. Jede Stufe nennt die Kompetenzen'), text);
    for (const line of text.split('\n')) assert.ok(line.length <= 102, line);
    assert.deepEqual(ids(ladder), ids(english));
    for (const id of ids(ladder)) assert.match(id, KEBAB_ID);
  });

  it('stays valid YAML with its texts as written whatever a translation holds', () => {
    const awkward = [
      'Name: with a colon',
      '#not a comment',
      '* starts like an alias',
      'true',
      '12',
      'ends with a colon:',
      'a "quote" and a # hash',
    ];
    fakeVscode.api.l10n.bundle = {
      'My Team Career Ladder': awkward[0]!,
      'Replace this with a sentence about who the ladder is for.': awkward[1]!,
      Learning: awkward[2]!,
      Practising: awkward[3]!,
      Expert: awkward[4]!,
      'Technical troubleshooting': awkward[5]!,
      'Follows runbooks with help.': awkward[6]!,
      'Career paths; every level belongs to one.': 'line one\nkind: Review',
    };
    const text = starterLadder();
    assert.deepEqual(problems(text), []);
    const ladder = parse(text) as Starter;
    assert.deepEqual(
      [
        ladder.name,
        ladder.description,
        ...ladder.scale.map((s) => s.name),
        ladder.competencies[0]!.name,
        ladder.competencies[0]!.descriptors?.[1],
      ],
      awkward.slice(0, 7),
    );
    assert.ok(text.includes('\n# line one kind: Review\ntracks:\n'), text);
  });
});
