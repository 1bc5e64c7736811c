// The workspace index: open documents over the host, lazy reads, caches, dependents and re-diagnosis.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definition } from '../../server/src/core/features/definition';
import { hover } from '../../server/src/core/features/hover';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import type { ReadResult } from '../../server/src/core/workspace/host';
import { Workspace } from '../../server/src/core/workspace/workspace';
import {
  BASE_CATALOGUE,
  BASE_LADDER,
  MemoryHost,
  edit,
  seen,
  seenWithMessage,
  uri,
  withCode,
  workspaceOf,
  yaml,
} from './helpers';

const LADDER = edit(
  BASE_LADDER,
  /competencies:\n(?: {4}.*\n| {2}- .*\n)+/,
  'include: [support.competencies.yaml]\ncompetencies:\n  - id: writing\n    group: soft\n',
);
const ASSESSMENT = yaml`
  kind: SelfAssessment
  ladder: base.ladder.yaml
  level: engineer
  target: principal
  ratings:
    troubleshooting: 2
    networking: 2
`;
const OTHER_ASSESSMENT = 'kind: SelfAssessment\nladder: ./base.ladder.yaml\n';
const STRAY_ASSESSMENT = 'kind: SelfAssessment\nladder: other.ladder.yaml\n';

function files(): Record<string, string> {
  return {
    'base.ladder.yaml': LADDER,
    'support.competencies.yaml': BASE_CATALOGUE,
    'alex.assessment.yaml': ASSESSMENT,
    'sam.assessment.yaml': OTHER_ASSESSMENT,
    'stray.assessment.yaml': STRAY_ASSESSMENT,
  };
}

describe('indexing', () => {
  it('knows files by kind, ladders by include and assessments by ladder', () => {
    const { ws } = workspaceOf(files());
    assert.deepEqual(
      ws.knownFiles(),
      [
        'alex.assessment.yaml',
        'base.ladder.yaml',
        'sam.assessment.yaml',
        'stray.assessment.yaml',
        'support.competencies.yaml',
      ].map(uri),
    );
    assert.deepEqual(ws.filesOfKind('Ladder'), [uri('base.ladder.yaml')]);
    assert.deepEqual(ws.filesOfKind('Competencies'), [uri('support.competencies.yaml')]);
    assert.deepEqual(ws.filesOfKind('SelfAssessment'), [
      uri('alex.assessment.yaml'),
      uri('sam.assessment.yaml'),
      uri('stray.assessment.yaml'),
    ]);
    assert.deepEqual(ws.laddersIncluding(uri('support.competencies.yaml')), [uri('base.ladder.yaml')]);
    assert.deepEqual(ws.assessmentsOf(uri('base.ladder.yaml')), [
      uri('alex.assessment.yaml'),
      uri('sam.assessment.yaml'),
    ]);
    assert.equal(ws.kindOf(uri('base.ladder.yaml')), 'Ladder');
  });

  it('includes open documents that were never found on disk', () => {
    const { ws } = workspaceOf({ 'base.ladder.yaml': LADDER, 'support.competencies.yaml': BASE_CATALOGUE });
    ws.setOpenDocument(uri('new.assessment.yaml'), OTHER_ASSESSMENT);
    assert.deepEqual(ws.assessmentsOf(uri('base.ladder.yaml')), [uri('new.assessment.yaml')]);
  });

  it('reads each file once, lazily', () => {
    const { ws, host } = workspaceOf(files());
    assert.deepEqual(host.reads, []);
    ws.diagnostics(uri('alex.assessment.yaml'));
    ws.diagnostics(uri('alex.assessment.yaml'));
    ws.diagnostics(uri('base.ladder.yaml'));
    ws.score(uri('alex.assessment.yaml'));
    const counts = new Map<string, number>();
    for (const read of host.reads) counts.set(read, (counts.get(read) ?? 0) + 1);
    assert.deepEqual(
      [...counts.values()].filter((n) => n > 1),
      [],
    );
    assert.ok(counts.has(uri('support.competencies.yaml')));
  });

  it('spells file URIs one way', () => {
    const ladder = edit(LADDER, 'include: [support.competencies.yaml]', 'include: [My Skills.competencies.yaml]');
    const host = new MemoryHost();
    host.files.set('file:///ws/base.ladder.yaml', ladder);
    host.files.set('file:///ws/My%20Skills.competencies.yaml', BASE_CATALOGUE);
    const ws = new Workspace(host, { now: () => new Date('2026-11-23T12:00:00Z') });
    assert.deepEqual(ws.diagnostics('file:///ws/base.ladder.yaml'), []);
    ws.setOpenDocument('file:///ws/./My%20Skills.competencies.yaml', 'kind: Competencies\ncompetencies: []\n');
    assert.ok(ws.diagnostics('file:///ws/base.ladder.yaml').some((d) => d.code === 'unknown-reference'));
  });

  it('reports a host failure on the include', () => {
    const host: { read(u: string): ReadResult } = {
      read: (u) =>
        u.endsWith('.ladder.yaml') ? { text: LADDER } : { failure: 'directory', message: 'it is a directory' },
    };
    const ws = new Workspace(host, {});
    assert.deepEqual(seenWithMessage(LADDER, withCode(ws.diagnostics(uri('base.ladder.yaml')), 'include-not-found')), [
      {
        code: 'include-not-found',
        severity: 'error',
        text: 'support.competencies.yaml',
        message: "Cannot include 'support.competencies.yaml': it is a directory.",
      },
    ]);
  });

  it('does not read includes outside the workspace folders', () => {
    const ladder = edit(
      LADDER,
      'include: [support.competencies.yaml]',
      'include: [../shared/support.competencies.yaml]',
    );
    const { ws, host } = workspaceOf(
      { 'ladders/base.ladder.yaml': ladder, 'shared/support.competencies.yaml': BASE_CATALOGUE },
      { roots: [uri('ladders')] },
    );
    assert.deepEqual(seen(ladder, withCode(ws.diagnostics(uri('ladders/base.ladder.yaml')), 'include-not-found')), [
      { code: 'include-not-found', severity: 'error', text: '../shared/support.competencies.yaml' },
    ]);
    assert.ok(!host.reads.includes(uri('shared/support.competencies.yaml')));
  });

  it('applies its size limit to every file it reads', () => {
    const { ws } = workspaceOf(files(), { maxFileChars: 200 });
    assert.deepEqual(seen(LADDER, ws.diagnostics(uri('base.ladder.yaml'))), [
      { code: 'file-too-large', severity: 'error', text: 'kind: Ladder' },
    ]);
    // The ladder is still a Ladder by its name, just unreadable: the assessment says so and is not scored.
    assert.deepEqual(seen(ASSESSMENT, ws.diagnostics(uri('alex.assessment.yaml'))), [
      { code: 'ladder-has-errors', severity: 'warning', text: 'base.ladder.yaml' },
    ]);
    const outcome = ws.score(uri('alex.assessment.yaml'));
    assert.equal(outcome.report, undefined);
    assert.deepEqual(
      [...outcome.errors].map(([u, found]) => [u, found.map((d) => d.code)]),
      [[uri('base.ladder.yaml'), ['file-too-large']]],
    );
  });

  it('returns diagnostics sorted by position', () => {
    const { ws } = workspaceOf(files());
    ws.setOpenDocument(
      uri('alex.assessment.yaml'),
      'kind: SelfAssessment\nladder: base.ladder.yaml\nbogus: 1\nlevel: enginer\ndate: 2026-02-30\n',
    );
    const found = ws.diagnostics(uri('alex.assessment.yaml'));
    assert.deepEqual(
      found.map((d) => d.code),
      ['unknown-key', 'unknown-reference', 'invalid-date'],
    );
    const starts = found.map((d) => d.span.start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
  });
});

describe('dependents', () => {
  it('of a catalogue: the ladders that include it and their assessments', () => {
    const { ws } = workspaceOf(files());
    assert.deepEqual(ws.dependents(uri('support.competencies.yaml')), [
      uri('alex.assessment.yaml'),
      uri('base.ladder.yaml'),
      uri('sam.assessment.yaml'),
    ]);
  });

  it('of a ladder: its assessments and the catalogues it includes', () => {
    const { ws } = workspaceOf(files());
    assert.deepEqual(ws.dependents(uri('base.ladder.yaml')), [
      uri('alex.assessment.yaml'),
      uri('sam.assessment.yaml'),
      uri('support.competencies.yaml'),
    ]);
  });

  it('of an assessment: nothing', () => {
    const { ws } = workspaceOf(files());
    assert.deepEqual(ws.dependents(uri('alex.assessment.yaml')), []);
  });

  it('of a missing file: whatever names it by path', () => {
    const { ws } = workspaceOf(files());
    assert.deepEqual(ws.dependents(uri('other.ladder.yaml')), [uri('stray.assessment.yaml')]);
    const ladder = edit(
      LADDER,
      'include: [support.competencies.yaml]',
      'include: [support.competencies.yaml, extra.competencies.yaml]',
    );
    ws.setOpenDocument(uri('base.ladder.yaml'), ladder);
    assert.deepEqual(ws.dependents(uri('extra.competencies.yaml')), [uri('base.ladder.yaml')]);
  });

  it('of a file of the wrong kind: whatever names it by path', () => {
    const { ws } = workspaceOf({ ...files(), 'other.ladder.yaml': 'kind: Competencies\ncompetencies: []\n' });
    assert.deepEqual(ws.dependents(uri('other.ladder.yaml')), [uri('stray.assessment.yaml')]);
  });
});

describe('re-diagnosis', () => {
  it('re-checks an assessment after its ladder changes', () => {
    const { ws } = workspaceOf(files());
    const assessment = uri('alex.assessment.yaml');
    assert.deepEqual(seen(ASSESSMENT, ws.diagnostics(assessment)), [
      { code: 'unknown-reference', severity: 'error', text: 'principal' },
    ]);
    const withPrincipal = `${LADDER}  - id: principal\n    name: Principal\n    track: ic\n    rank: 4\n    expectations:\n      writing: 3\n`;
    ws.setOpenDocument(uri('base.ladder.yaml'), withPrincipal);
    assert.deepEqual(seenWithMessage(ASSESSMENT, ws.diagnostics(assessment)), [
      {
        code: 'missing-ratings',
        severity: 'info',
        text: 'ratings',
        message: 'Not rated yet, but expected by your next or target levels: writing.',
      },
    ]);
    ws.setOpenDocument(uri('base.ladder.yaml'), LADDER);
    assert.deepEqual(seen(ASSESSMENT, ws.diagnostics(assessment)), [
      { code: 'unknown-reference', severity: 'error', text: 'principal' },
    ]);
  });

  it('finds the same errors without the informing checks, before and after the diagnostics are known', () => {
    const { ws } = workspaceOf(files());
    const assessment = uri('alex.assessment.yaml');
    const withPrincipal = `${LADDER}  - id: principal\n    name: Principal\n    track: ic\n    rank: 4\n    expectations:\n      writing: 3\n`;
    ws.setOpenDocument(uri('base.ladder.yaml'), withPrincipal);
    const stray = edit(ASSESSMENT, 'level: engineer', 'level: enginer');
    ws.setOpenDocument(assessment, stray);
    const errors = [{ code: 'unknown-reference', severity: 'error', text: 'enginer' }];
    assert.deepEqual(seen(stray, ws.errors(assessment)), errors);
    assert.deepEqual(seen(stray, ws.diagnostics(assessment)), [
      ...errors,
      { code: 'missing-ratings', severity: 'info', text: 'ratings' },
    ]);
    assert.deepEqual(seen(stray, ws.errors(assessment)), errors);
    ws.setOpenDocument(assessment, ASSESSMENT);
    assert.deepEqual(ws.errors(assessment), []);
  });

  it('re-checks a ladder after an included catalogue changes', () => {
    const { ws } = workspaceOf(files());
    const ladder = uri('base.ladder.yaml');
    assert.deepEqual(ws.diagnostics(ladder), []);
    const first = ws.ladderContext(ladder);
    assert.equal(ws.ladderContext(ladder), first, 'the context is cached');
    ws.setOpenDocument(
      uri('support.competencies.yaml'),
      'kind: Competencies\ncompetencies:\n  - id: troubleshooting\n',
    );
    assert.notEqual(ws.ladderContext(ladder), first);
    const found = ws.diagnostics(ladder);
    assert.deepEqual(
      found.map((d) => [LADDER.slice(d.span.start, d.span.end), d.code]),
      [
        ['networking', 'unknown-reference'],
        ['networking', 'unknown-reference'],
      ],
    );
    assert.deepEqual(
      found.map((d) => d.span.start),
      [LADDER.indexOf('networking: 2'), LADDER.lastIndexOf('networking: 2')],
    );
  });

  it('re-checks a catalogue after a ladder that includes it changes its scale', () => {
    const { ws } = workspaceOf(files());
    const catalogue = uri('support.competencies.yaml');
    assert.deepEqual(ws.diagnostics(catalogue), []);
    ws.setOpenDocument(
      uri('base.ladder.yaml'),
      edit(edit(LADDER, '  - id: 3\n    name: Expert\n', ''), 'troubleshooting: 3', 'troubleshooting: 2'),
    );
    assert.deepEqual(seen(BASE_CATALOGUE, ws.diagnostics(catalogue)), [
      { code: 'off-scale', severity: 'error', text: '3' },
    ]);
  });

  it('re-checks an assessment after the catalogue of its ladder changes', () => {
    const { ws } = workspaceOf(files());
    const assessment = uri('alex.assessment.yaml');
    ws.diagnostics(assessment);
    ws.setOpenDocument(
      uri('support.competencies.yaml'),
      'kind: Competencies\ncompetencies:\n  - id: troubleshooting\n',
    );
    assert.deepEqual(
      seen(ASSESSMENT, withCode(ws.diagnostics(assessment), 'unknown-reference', 'ladder-has-errors')),
      [
        { code: 'unknown-reference', severity: 'error', text: 'principal' },
        { code: 'ladder-has-errors', severity: 'warning', text: 'base.ladder.yaml' },
        { code: 'unknown-reference', severity: 'error', text: 'networking' },
      ].sort((a, b) => ASSESSMENT.indexOf(a.text) - ASSESSMENT.indexOf(b.text)),
    );
  });

  it('returns the cached diagnostics while nothing changes, and new ones after a change', () => {
    const { ws } = workspaceOf(files());
    const assessment = uri('alex.assessment.yaml');
    const first = ws.diagnostics(assessment);
    assert.equal(ws.diagnostics(assessment), first);
    ws.setOpenDocument(uri('sam.assessment.yaml'), OTHER_ASSESSMENT);
    assert.equal(ws.diagnostics(assessment), first, 'an unrelated change keeps the cache');
    ws.setOpenDocument(uri('support.competencies.yaml'), BASE_CATALOGUE);
    assert.notEqual(ws.diagnostics(assessment), first);
    assert.deepEqual(ws.diagnostics(assessment), first);
  });

  it('re-checks dates when the day changes', () => {
    let now = new Date('2026-11-23T12:00:00Z');
    const host = new MemoryHost({
      'base.ladder.yaml': LADDER,
      'support.competencies.yaml': BASE_CATALOGUE,
      'a.assessment.yaml': 'kind: SelfAssessment\nladder: base.ladder.yaml\ndate: 2026-11-24\n',
    });
    const ws = new Workspace(host, { now: () => now });
    assert.deepEqual(
      ws.diagnostics(uri('a.assessment.yaml')).map((d) => d.code),
      ['future-date'],
    );
    now = new Date('2026-11-24T12:00:00Z');
    assert.deepEqual(ws.diagnostics(uri('a.assessment.yaml')), []);
  });
});

describe('open, close and disk changes', () => {
  it("prefers the open document and falls back to the host's text when it is closed", () => {
    const { ws } = workspaceOf(files());
    const ladder = uri('base.ladder.yaml');
    const broken = `${LADDER}owner: me\n`;
    ws.setOpenDocument(ladder, broken);
    assert.equal(ws.file(ladder).open, true);
    assert.deepEqual(seen(broken, ws.diagnostics(ladder)), [{ code: 'unknown-key', severity: 'error', text: 'owner' }]);
    ws.closeDocument(ladder);
    assert.equal(ws.file(ladder).open, false);
    assert.equal(ws.file(ladder).analyzed?.text, LADDER);
    assert.deepEqual(ws.diagnostics(ladder), []);
  });

  it('reads a file again after it changes on disk, unless it is open', () => {
    const { ws, host } = workspaceOf(files());
    const catalogue = uri('support.competencies.yaml');
    const ladder = uri('base.ladder.yaml');
    assert.deepEqual(ws.diagnostics(ladder), []);
    host.set('support.competencies.yaml', 'kind: Competencies\ncompetencies: []\n');
    assert.deepEqual(ws.diagnostics(ladder), [], 'nothing changes until the workspace is told');
    ws.fileChangedOnDisk(catalogue);
    assert.equal(withCode(ws.diagnostics(ladder), 'unknown-reference').length, 5);

    ws.setOpenDocument(catalogue, BASE_CATALOGUE);
    host.set('support.competencies.yaml', 'not: a catalogue\n');
    ws.fileChangedOnDisk(catalogue);
    assert.deepEqual(ws.diagnostics(ladder), [], 'the open document wins over the disk');
  });

  it('forgets a deleted file', () => {
    const { ws, host } = workspaceOf(files());
    const ladder = uri('base.ladder.yaml');
    assert.deepEqual(ws.diagnostics(ladder), []);
    host.delete('support.competencies.yaml');
    ws.fileDeleted(uri('support.competencies.yaml'));
    assert.ok(!ws.knownFiles().includes(uri('support.competencies.yaml')));
    assert.deepEqual(seen(LADDER, withCode(ws.diagnostics(ladder), 'include-not-found')), [
      { code: 'include-not-found', severity: 'error', text: 'support.competencies.yaml' },
    ]);
    host.set('support.competencies.yaml', BASE_CATALOGUE);
    ws.fileChangedOnDisk(uri('support.competencies.yaml'));
    assert.deepEqual(ws.diagnostics(ladder), []);
  });

  it('picks up a ladder that appears on disk', () => {
    const { ws, host } = workspaceOf(files());
    const stray = uri('stray.assessment.yaml');
    assert.deepEqual(
      ws.diagnostics(stray).map((d) => d.code),
      ['ladder-not-found'],
    );
    host.set('other.ladder.yaml', BASE_LADDER);
    ws.addKnownFile(uri('other.ladder.yaml'));
    ws.fileChangedOnDisk(uri('other.ladder.yaml'));
    assert.deepEqual(ws.diagnostics(stray), []);
  });
});

describe('memory: files read from disk keep no yaml Document', () => {
  it('parses a closed file again, once, only when something asks for its Document', () => {
    const { ws } = workspaceOf(files());
    const ladder = uri('base.ladder.yaml');
    const analyzed = ws.file(ladder).analyzed!;
    assert.equal(
      Object.getOwnPropertyDescriptor(analyzed, 'parsed')?.value,
      undefined,
      'no Document is held after the analysis',
    );
    const parsed = analyzed.parsed;
    assert.deepEqual(parsed.doc?.toJS(), analyzeFile(ladder, LADDER).parsed.doc?.toJS());
    assert.equal(analyzed.parsed, parsed, 'the second read is the same parse');
    assert.deepEqual(ws.diagnostics(ladder), []);
  });

  it('answers hover and definition on a closed file as on the same text open', () => {
    const closed = workspaceOf(files()).ws;
    const open = workspaceOf(files()).ws;
    const ladder = uri('base.ladder.yaml');
    open.setOpenDocument(ladder, LADDER);
    const offset = LADDER.indexOf('troubleshooting', LADDER.indexOf('expectations'));
    assert.ok(offset > 0);
    const answer = hover(open, ladder, offset);
    assert.ok(answer?.markdown.includes('Follows runbooks.'), answer?.markdown);
    assert.deepEqual(hover(closed, ladder, offset), answer);
    assert.deepEqual(definition(closed, ladder, offset), definition(open, ladder, offset));
    assert.equal(definition(closed, ladder, offset).length, 1);
  });

  it('keeps the Document of an open document, and never answers an open document from its disk read', () => {
    const { ws } = workspaceOf(files());
    const ladder = uri('base.ladder.yaml');
    ws.diagnostics(ladder);
    ws.setOpenDocument(ladder, LADDER);
    assert.deepEqual(
      ws.latestAnalysis(ladder),
      { pendingText: LADDER },
      'the disk read is not offered as the last analysis',
    );
    const analyzed = ws.file(ladder).analyzed!;
    assert.ok(Object.getOwnPropertyDescriptor(analyzed, 'parsed')?.value?.doc, 'an open document keeps its Document');
    ws.setOpenDocument(ladder, `${LADDER}# more\n`);
    assert.equal(ws.latestAnalysis(ladder).analyzed, analyzed);
  });
});

describe('scoring through the workspace', () => {
  it('scores an assessment and collects no errors for clean files', () => {
    const { ws } = workspaceOf(files());
    const outcome = ws.score(uri('alex.assessment.yaml'));
    assert.ok(outcome.report);
    assert.equal(outcome.context?.ladder.id?.value, 'base');
    assert.deepEqual([...outcome.errors.keys()], [uri('alex.assessment.yaml')]);
    assert.deepEqual(
      outcome.report.levels.map((l) => [l.id, l.status]),
      [
        ['engineer', 'eligible'],
        ['senior', 'incomplete'],
        ['staff', 'not-yet'],
      ],
    );
  });

  it('collects the errors of the assessment, the ladder and its catalogues', () => {
    const { ws } = workspaceOf(files());
    ws.setOpenDocument(uri('support.competencies.yaml'), `${BASE_CATALOGUE}owner: me\n`);
    ws.setOpenDocument(uri('sam.assessment.yaml'), `${OTHER_ASSESSMENT}level: nobody\n`);
    const outcome = ws.score(uri('sam.assessment.yaml'));
    assert.ok(outcome.report, 'still scored');
    assert.deepEqual([...outcome.errors.keys()].sort(), [uri('sam.assessment.yaml'), uri('support.competencies.yaml')]);
    assert.deepEqual(
      outcome.errors.get(uri('support.competencies.yaml'))!.map((d) => d.code),
      ['unknown-key'],
    );
  });

  it('has no report without a ladder, or for a file that is not an assessment', () => {
    const { ws } = workspaceOf(files());
    const stray = ws.score(uri('stray.assessment.yaml'));
    assert.equal(stray.report, undefined);
    assert.deepEqual(
      stray.errors.get(uri('stray.assessment.yaml'))!.map((d) => d.code),
      ['ladder-not-found'],
    );
    const ladder = ws.score(uri('base.ladder.yaml'));
    assert.equal(ladder.report, undefined);
    assert.equal(ladder.assessment, undefined);
  });

  it('re-scores after the ladder changes', () => {
    const { ws } = workspaceOf(files());
    const before = ws.score(uri('sam.assessment.yaml'), { levelId: 'engineer' }).report!.levels[0]!;
    assert.equal(before.status, 'incomplete');
    ws.setOpenDocument(uri('base.ladder.yaml'), edit(LADDER, '    expectations:\n      troubleshooting: 1\n', ''));
    const after = ws.score(uri('sam.assessment.yaml'), { levelId: 'engineer' }).report!.levels[0]!;
    assert.deepEqual([after.status, after.readiness], ['eligible', 1]);
  });
});
