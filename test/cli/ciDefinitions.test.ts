// action.yml and .pre-commit-hooks.yaml, run the way GitHub's runner and pre-commit run them: the
// action's shell steps in order with the runner's environment, and the hook's entry with the matched
// file names as arguments. `ladder` is the built dist/cli.js (the action's build step sees it and skips).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse } from 'yaml';
import { kindFromFileName } from '../../server/src/core';
import { CLI, REPO } from './helpers';
import { removeTempDirs, tempDir } from './packedCli';

after(removeTempDirs);

interface ActionStep {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const BROKEN_LADDER = 'id: x\nname: [\n';

/** A copy of what the action needs from its own checkout once built. */
function actionCheckout(): string {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node esbuild.mjs` before the CLI tests');
  const dir = tempDir('ladder-action-');
  mkdirSync(join(dir, 'dist'));
  copyFileSync(CLI, join(dir, 'dist', 'cli.js'));
  copyFileSync(join(REPO, 'package.json'), join(dir, 'package.json'));
  return dir;
}

function workspaceWithSamples(extra: Record<string, string> = {}): string {
  const dir = tempDir('ladder-workspace-');
  cpSync(join(REPO, 'samples'), join(dir, 'samples'), { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

interface StepRun {
  name: string;
  code: number | null;
  stdout: string;
}

/** Runs the action's shell steps as the runner does; stops at the first that fails, like the runner. */
function runAction(
  workspace: string,
  given: Record<string, string>,
): { steps: StepRun[]; outputs: Record<string, string> } {
  const actionPath = actionCheckout();
  const runnerTemp = tempDir('ladder-runner-');
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, given[name] ?? input.default]),
  );
  const stepOutputs: Record<string, Record<string, string>> = {};
  const expression = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, name: string) => {
      if (name.startsWith('inputs.')) return inputs[name.slice('inputs.'.length)] ?? '';
      if (name === 'github.action_path') return actionPath;
      const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(name);
      if (output) return stepOutputs[output[1]!]?.[output[2]!] ?? '';
      throw new Error(`the test does not evaluate \${{ ${name} }}`);
    });
  const steps: StepRun[] = [];
  for (const [index, step] of action.runs.steps.entries()) {
    if (step.run === undefined) continue;
    assert.equal(step.shell, 'bash', `${step.name} runs in bash`);
    const script = join(runnerTemp, `step-${index}.sh`);
    writeFileSync(script, step.run);
    chmodSync(script, 0o700);
    const outputFile = join(runnerTemp, `output-${index}`);
    writeFileSync(outputFile, '');
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, expression(value)]));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: step['working-directory'] ? expression(step['working-directory']) : workspace,
      encoding: 'utf8',
      env: {
        ...process.env,
        ...env,
        NO_COLOR: '1',
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        RUNNER_TEMP: runnerTemp,
      },
      timeout: 60_000,
    });
    if (result.error) throw result.error;
    steps.push({ name: step.name, code: result.status, stdout: result.stdout });
    if (step.id)
      stepOutputs[step.id] = Object.fromEntries(
        lines(readFileSync(outputFile, 'utf8')).map((line) => line.split('=', 2) as [string, string]),
      );
    if (result.status !== 0) break;
  }
  const outputs = Object.fromEntries(
    Object.entries(action.outputs).map(([name, output]) => [name, expression(output.value)]),
  );
  return { steps, outputs };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

function sarifLevels(path: string): string[] {
  const log = JSON.parse(readFileSync(path, 'utf8')) as { version: string; runs: { results: { level: string }[] }[] };
  assert.equal(log.version, '2.1.0');
  return log.runs.flatMap((run) => run.results.map((result) => result.level));
}

describe('action.yml', () => {
  it('is a composite action that uploads the SARIF log only when asked', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(Object.keys(action.inputs), [
      'paths',
      'format',
      'sarif-file',
      'upload-sarif',
      'fail-on',
      'node-version',
    ]);
    assert.deepEqual(Object.keys(action.outputs), ['errors', 'warnings', 'sarif-file']);
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'an upload-sarif step');
    assert.equal(
      upload.if,
      "${{ !cancelled() && inputs.upload-sarif == 'true' && steps.check.outputs.sarif-file != '' }}",
    );
    assert.equal(upload.with?.sarif_file, '${{ steps.check.outputs.sarif-file }}');
  });

  it('checks the samples clean and writes their SARIF log', () => {
    const workspace = workspaceWithSamples();
    const { steps, outputs } = runAction(workspace, {});
    assert.deepEqual(
      steps.map((step) => [step.name, step.code]),
      [
        ['Build the ladder command', 0],
        ['Check ladder files', 0],
        ['Apply fail-on', 0],
      ],
    );
    assert.deepEqual(outputs, { errors: '0', warnings: '0', 'sarif-file': 'ladder.sarif' });
    assert.deepEqual(sarifLevels(join(workspace, 'ladder.sarif')), ['note', 'note']);
    assert.match(steps[1]!.stdout, /^samples\/jordan-lee\.assessment\.yaml:16:1: info: .* \[missing-ratings\]$/m);
  });

  it('fails on errors, after writing them to the SARIF log', () => {
    const workspace = workspaceWithSamples({ 'broken.ladder.yaml': BROKEN_LADDER });
    const { steps, outputs } = runAction(workspace, { paths: 'broken.ladder.yaml samples', 'sarif-file': 'out.sarif' });
    assert.deepEqual(
      steps.map((step) => step.code),
      [0, 0, 1],
    );
    assert.deepEqual(outputs, { errors: '6', warnings: '0', 'sarif-file': 'out.sarif' });
    assert.equal(sarifLevels(join(workspace, 'out.sarif')).filter((level) => level === 'error').length, 6);
  });

  it('passes with errors when fail-on is never, and stops on a path that does not exist', () => {
    const workspace = workspaceWithSamples({ 'broken.ladder.yaml': BROKEN_LADDER });
    assert.deepEqual(
      runAction(workspace, { paths: 'broken.ladder.yaml', 'fail-on': 'never' }).steps.map((step) => step.code),
      [0, 0, 0],
    );
    assert.deepEqual(
      runAction(workspace, { paths: 'missing' }).steps.map((step) => step.code),
      [0, 2],
    );
  });
});

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

describe('.pre-commit-hooks.yaml', () => {
  const [hook] = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  /** pre-commit's Python pattern: (?i) there is the i flag here. */
  const files = new RegExp(hook!.files.replace(/^\(\?i\)/, ''), hook!.files.startsWith('(?i)') ? 'i' : '');

  it('runs `ladder check` as a node hook on the files of the four kinds', () => {
    assert.equal(hook!.id, 'ladder-check');
    assert.equal(hook!.language, 'node');
    assert.equal(hook!.entry, 'ladder check');
    const names = [
      'team.ladder.yaml',
      'A.COMPETENCIES.YML',
      'me.assessment.yml',
      'x.peer.review.yaml',
      'team.yaml',
      'team.ladder.json',
      'notes.assessment.yaml.bak',
    ];
    assert.deepEqual(
      names.map((name) => files.test(name)),
      names.map((name) => kindFromFileName(name) !== undefined),
    );
  });

  /** pre-commit's call: the entry's words, then the staged files that match, from the repository root. */
  function runHook(root: string, staged: readonly string[]) {
    const matched = staged.filter((name) => files.test(name));
    const [command, ...args] = hook!.entry.split(' ');
    assert.equal(command, 'ladder');
    const result = spawnSync(process.execPath, [CLI, ...args, ...matched], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    if (result.error) throw result.error;
    return { matched, code: result.status, stderr: result.stderr };
  }

  it('passes a commit of good files and fails one with a broken ladder', () => {
    const root = workspaceWithSamples({ 'broken.ladder.yaml': BROKEN_LADDER, 'README.md': '# notes\n' });
    const samples = readdirSync(join(root, 'samples')).map((name) => `samples/${name}`);
    const good = runHook(root, ['README.md', ...samples]);
    assert.equal(good.matched.length, 15);
    assert.deepEqual([good.code, good.stderr], [0, '15 files checked: 0 errors, 2 info\n']);
    const broken = runHook(root, ['README.md', 'broken.ladder.yaml', 'samples/support.competencies.yaml']);
    assert.deepEqual(broken.matched, ['broken.ladder.yaml', 'samples/support.competencies.yaml']);
    assert.deepEqual([broken.code, broken.stderr], [1, '2 files checked: 6 errors\n']);
  });
});
