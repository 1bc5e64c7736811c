// Fuzzing the language server over stdio: mutated samples opened in a real server, each answered with
// well-formed diagnostics within 2 s, and every request about them (hover, completion, definition,
// symbols, code actions, score, structure, export) answered without an error. The server must still be
// running at the end with nothing in its error log, and must not have written a file.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CASE_LIMIT_MS, lspDiagnosticProblems, lspLines, saveFailingInput } from './checks';
import { LspSession, until } from './lspSession';
import { EDGE_DOCUMENTS, SAMPLES_DIR, loadSamples, mutate } from './mutate';
import { Random, caseIndices, fuzzSettings, replayHint, share } from './random';
import { snapshot } from './snapshot';

const settings = fuzzSettings();
const samples = loadSamples();

/** A position anywhere in the text, or just past it, or far outside it. */
function randomPosition(lines: string[], random: Random): { line: number; character: number } {
  if (random.chance(0.1)) return { line: random.between(0, 1_000_000), character: random.between(0, 1_000_000) };
  const line = random.below(lines.length + 1);
  return { line, character: random.below((lines[line]?.length ?? 0) + 2) };
}

describe('fuzz: the language server', () => {
  let dir: string;
  let root: string;
  let server: LspSession;
  let untouched: ReturnType<typeof snapshot>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ladder-fuzz-server-'));
    cpSync(SAMPLES_DIR, dir, { recursive: true });
    root = pathToFileURL(dir).href;
    untouched = snapshot(dir);
    server = new LspSession();
    await server.initialize(root);
    // The diagnostics of the initial scan (which also warms the server up) must not be taken for the
    // answer to an open.
    await until(
      'the initial diagnostics',
      () => (samples.every((s) => server.latest(`${root}/${s.name}`)) ? true : undefined),
      30_000,
    );
  });

  after(async () => {
    await server?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs one document through the server; returns what went wrong. */
  async function runCase(name: string, text: string, random: Random, inPlace: boolean): Promise<string[]> {
    const uri = `${root}/${name}`;
    const problems: string[] = [];
    const started = performance.now();
    const diagnostics = await server.diagnosticsAfter(uri, server.open(uri, text), 30_000);
    const elapsed = performance.now() - started;
    if (elapsed > CASE_LIMIT_MS) problems.push(`diagnostics took ${elapsed.toFixed(0)} ms`);
    const lines = lspLines(text);
    problems.push(...lspDiagnosticProblems(lines, diagnostics));

    const ask = async (method: string, params: unknown) => {
      const asked = performance.now();
      try {
        await server.connection.sendRequest(method, params);
      } catch (error) {
        problems.push(`${method} failed: ${(error as Error).message}`);
      }
      const took = performance.now() - asked;
      if (took > CASE_LIMIT_MS) problems.push(`${method} took ${took.toFixed(0)} ms`);
    };
    const textDocument = { uri };
    const position = randomPosition(lines, random);
    await ask('textDocument/hover', { textDocument, position });
    await ask('textDocument/completion', { textDocument, position: randomPosition(lines, random) });
    await ask('textDocument/definition', { textDocument, position: randomPosition(lines, random) });
    await ask('textDocument/documentSymbol', { textDocument });
    const target = diagnostics.length > 0 ? random.pick(diagnostics).range : { start: position, end: position };
    await ask('textDocument/codeAction', { textDocument, range: target, context: { diagnostics } });
    if (name.endsWith('.assessment.yaml'))
      await ask('ladder/score', {
        uri,
        overrides: random.chance(0.5) ? { troubleshooting: 3, networking: null } : undefined,
      });
    if (name.endsWith('.ladder.yaml')) await ask('ladder/structure', { uri });
    if (random.chance(0.2)) await ask('ladder/exportMarkdown', { uri });

    const closed = server.close(uri);
    // In place, the server goes back to the file on disk and says so; wait for that before the next case.
    if (inPlace) await server.diagnosticsAfter(uri, closed, 30_000);
    return problems;
  }

  const count = share(settings, 50, 100);
  it(`answers ${count} mutated samples, each within ${CASE_LIMIT_MS} ms (seed ${settings.seed})`, async () => {
    const failures: string[] = [];
    for (const index of caseIndices(settings, count)) {
      const random = Random.forCase(settings.seed, index, 4);
      const sample = random.pick(samples);
      const { text, applied } = mutate(sample.text, random);
      const inPlace = index % 4 === 0;
      const problems = await runCase(inPlace ? sample.name : `fuzz-${index}-${sample.name}`, text, random, inPlace);
      if (problems.length > 0) {
        const saved = saveFailingInput(`server-${settings.seed}-${index}-${sample.name}`, text);
        failures.push(
          `${sample.name} after ${applied.join(', ')}; ${replayHint(settings, index)}; input saved in ${saved}\n  ${problems.slice(0, 5).join('\n  ')}`,
        );
        if (failures.length >= 5) break;
      }
    }
    assert.deepEqual(failures, []);
  });

  it('answers the YAML edge-case documents as every kind of file', async () => {
    const failures: string[] = [];
    for (const [index, text] of EDGE_DOCUMENTS.entries()) {
      for (const suffix of ['ladder', 'competencies', 'assessment']) {
        const problems = await runCase(
          `edge-${index}.${suffix}.yaml`,
          text,
          Random.forCase(settings.seed, index, 5),
          false,
        );
        if (problems.length > 0)
          failures.push(
            `edge document ${index} as ${suffix}: ${JSON.stringify(text.slice(0, 80))}\n  ${problems.join('\n  ')}`,
          );
      }
    }
    assert.deepEqual(failures, []);
  });

  it('is still running and answering, with nothing in its error log and no file written', async () => {
    assert.equal(server.exited, undefined);
    const summary = (await server.connection.sendRequest('ladder/workspaceSummary', {})) as { ladders: unknown[] };
    assert.equal(summary.ladders.length, samples.filter((s) => s.name.endsWith('.ladder.yaml')).length);
    assert.deepEqual(server.errors, []);
    assert.deepEqual(snapshot(dir), untouched);
  });
});
