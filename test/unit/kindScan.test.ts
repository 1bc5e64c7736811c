// A file's kind read from its text without a parse, only when the text leaves no doubt.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeFile } from '../../server/src/core/model/analyzeFile';
import { scanKind } from '../../server/src/core/workspace/kindScan';
import { Workspace } from '../../server/src/core/workspace/workspace';
import { BASE_LADDER, MemoryHost, uri, yaml } from './helpers';

const ASSESSMENT = yaml`
  # A self-assessment
  kind: SelfAssessment   # declared
  ladder: base.ladder.yaml
  ratings:
    troubleshooting: 2
`;

describe('scanKind', () => {
  it('reads a plainly declared kind at the top level', () => {
    assert.equal(scanKind(uri('a.assessment.yaml'), ASSESSMENT), 'SelfAssessment');
    assert.equal(scanKind(uri('base.ladder.yaml'), BASE_LADDER), 'Ladder');
    assert.equal(scanKind(uri('notes.yaml'), 'id: x\nkind: Competencies\r\ncompetencies: []\n'), 'Competencies');
    assert.equal(scanKind(uri('a.ladder.yaml'), '---\nkind: Ladder\n'), 'Ladder');
    assert.equal(scanKind(uri('a.ladder.yaml'), 'kind : Ladder\n'), 'Ladder');
    assert.equal(scanKind(uri('m.review.yaml'), 'kind: Review\nassessment: a.assessment.yaml\n'), 'Review');
    assert.equal(
      scanKind(uri('m.review.yaml'), 'kind: SelfAssessment\n'),
      undefined,
      'a review file declaring another kind',
    );
  });

  const unsure: [string, string, string][] = [
    ['no kind', 'a.ladder.yaml', 'id: x\n'],
    ['a kind the name does not promise', 'a.ladder.yaml', 'kind: Competencies\n'],
    ['two kind lines', 'a.ladder.yaml', 'kind: Ladder\nkind: Ladder\n'],
    ['a quoted kind', 'a.ladder.yaml', 'kind: "Ladder"\n'],
    ['a quoted key', 'a.ladder.yaml', '"kind": Competencies\nkind: Ladder\n'],
    ['an explicit key', 'a.ladder.yaml', '? kind\n: Competencies\nkind: Ladder\n'],
    ['a kind in the wrong case', 'a.ladder.yaml', 'kind: ladder\n'],
    ['a kind with a tag', 'a.ladder.yaml', 'kind: !!str Ladder\n'],
    ['a second document', 'a.ladder.yaml', 'kind: Ladder\n---\nkind: Competencies\n'],
    ['a directive', 'a.ladder.yaml', '%YAML 1.2\n---\nkind: Ladder\n'],
    ['a flow mapping', 'a.ladder.yaml', '{\nkind: Ladder\n}\n'],
    ['an indented root', 'a.ladder.yaml', '  kind: SelfAssessment\nkind: Ladder\n'],
    ['a root block scalar', 'a.ladder.yaml', '|\nkind: Ladder\n'],
    ['a top-level sequence', 'a.ladder.yaml', '- kind: Ladder\nkind: Ladder\n'],
  ];
  for (const [name, file, text] of unsure) {
    it(`is unsure of ${name}`, () => assert.equal(scanKind(uri(file), text), undefined));
  }

  it('never names a kind other than the one a parse finds', () => {
    const tricky: [string, string][] = [
      ['a.ladder.yaml', 'name: "x\nkind: Ladder\ny: z"\n'],
      ['a.assessment.yaml', 'name: "x\nkind: SelfAssessment\n  y"\n'],
      ['a.yaml', 'a: |\nkind: Competencies\n'],
    ];
    for (const [file, text] of [...unsure.map(([, f, t]) => [f, t] as [string, string]), ...tricky]) {
      const model = analyzeFile(uri(file), text).model;
      const scanned = scanKind(uri(file), text);
      assert.ok(!scanned || !model || model.kind === scanned, text);
    }
  });
});

describe('listing files of a kind', () => {
  it('leaves files that surely are of another kind unparsed', () => {
    const files: Record<string, string> = {
      'base.ladder.yaml': BASE_LADDER,
      'odd.yaml': 'kind: "SelfAssessment"\nladder: base.ladder.yaml\n',
    };
    for (let i = 0; i < 20; i++) files[`p${i}.assessment.yaml`] = ASSESSMENT;
    const ws = new Workspace(new MemoryHost(files));
    for (const name of Object.keys(files)) ws.addKnownFile(uri(name));
    assert.deepEqual(ws.filesOfKind('Ladder'), [uri('base.ladder.yaml')]);
    assert.deepEqual(ws.latestAnalysis(uri('p0.assessment.yaml')), {}, 'an assessment was not analysed');
    assert.ok(ws.latestAnalysis(uri('odd.yaml')).analyzed, 'a file the scan is unsure of is analysed');
    assert.equal(ws.filesOfKind('SelfAssessment').length, 21);
  });
});
