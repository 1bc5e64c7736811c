// `ladder check --format json|sarif`: the documented shapes, parsed and checked field by field.
import assert from 'node:assert/strict';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { BROKEN_LADDER, MINI_ASSESSMENT, MINI_LADDER } from './fixtures';
import { fixture, ladder, REPO } from './helpers';

const files = {
  'team.ladder.yaml': BROKEN_LADDER,
  'mini.ladder.yaml': MINI_LADDER,
  'my people/test.assessment.yaml': MINI_ASSESSMENT.replace('ladder: mini.ladder.yaml', 'ladder: ../mini.ladder.yaml'),
};

describe('ladder check --format json', () => {
  it('prints an array of {file, line, column, endLine, endColumn, severity, message, code} in check order', () => {
    const dir = fixture(files);
    const result = ladder(['check', '--format', 'json', '.'], dir);
    assert.equal(result.code, 1);
    const problems = JSON.parse(result.stdout) as Record<string, unknown>[];
    assert.ok(Array.isArray(problems));
    for (const problem of problems)
      assert.deepEqual(Object.keys(problem), [
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'severity',
        'message',
        'code',
      ]);
    assert.deepEqual(
      problems.map((p) => `${p['file']}:${p['line']}:${p['column']}:${p['code']}`),
      [
        'my people/test.assessment.yaml:8:1:missing-ratings',
        'team.ladder.yaml:12:5:unknown-key',
        'team.ladder.yaml:21:7:unknown-reference',
        'team.ladder.yaml:22:9:duplicate-id',
        'team.ladder.yaml:24:12:unknown-reference',
      ],
    );
    assert.deepEqual(problems[2], {
      file: 'team.ladder.yaml',
      line: 21,
      column: 7,
      endLine: 21,
      endColumn: 21,
      severity: 'error',
      message: "Unknown competency 'troubleshootin'. Did you mean 'troubleshooting'?",
      code: 'unknown-reference',
    });
    assert.equal(problems[0]!['severity'], 'info');
    assert.equal(result.stderr, '3 files checked: 4 errors, 1 info\n');
  });

  it('prints an empty array when there are no problems', () => {
    const dir = fixture({ 'mini.ladder.yaml': MINI_LADDER });
    const result = ladder(['check', '--format=json', 'mini.ladder.yaml'], dir);
    assert.equal(result.code, 0);
    assert.deepEqual(JSON.parse(result.stdout), []);
  });
});

describe('ladder check --format sarif', () => {
  it('prints a SARIF 2.1.0 log with a rule per code and a result per problem', () => {
    const dir = fixture(files);
    const result = ladder(['check', '--format', 'sarif', '.'], dir);
    assert.equal(result.code, 1);
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const [run] = log.runs;
    const version = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version;
    assert.equal(run.tool.driver.name, 'ladder');
    assert.equal(run.tool.driver.version, version);
    assert.deepEqual(
      run.tool.driver.rules.map((rule: { id: string }) => rule.id),
      ['duplicate-id', 'missing-ratings', 'unknown-key', 'unknown-reference'],
    );
    for (const rule of run.tool.driver.rules) {
      assert.equal(typeof rule.shortDescription.text, 'string');
      assert.ok(rule.shortDescription.text.length > 10);
    }
    assert.equal(run.originalUriBaseIds.SRCROOT.uri, `${pathToFileURL(realpathSync(dir)).href}/`);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(
      run.results.map((r: { level: string }) => r.level),
      ['note', 'error', 'error', 'error', 'error'],
    );
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
    assert.deepEqual(run.results[0].locations[0].physicalLocation.artifactLocation, {
      uri: 'my%20people/test.assessment.yaml',
      uriBaseId: 'SRCROOT',
    });
    assert.deepEqual(run.results[2], {
      ruleId: 'unknown-reference',
      ruleIndex: 3,
      level: 'error',
      message: { text: "Unknown competency 'troubleshootin'. Did you mean 'troubleshooting'?" },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'team.ladder.yaml', uriBaseId: 'SRCROOT' },
            region: { startLine: 21, startColumn: 7, endLine: 21, endColumn: 21 },
          },
        },
      ],
    });
  });

  it('prints a run with no results when there are no problems', () => {
    const dir = fixture({ 'mini.ladder.yaml': MINI_LADDER });
    const result = ladder(['check', '--format', 'sarif', '.'], dir);
    assert.equal(result.code, 0);
    const log = JSON.parse(result.stdout);
    assert.deepEqual(log.runs[0].results, []);
    assert.deepEqual(log.runs[0].tool.driver.rules, []);
  });
});
