// Runs one fuzz input through the core the way the server does: analyse, diagnose the file and every file
// that depends on it, score, and ask the editor features about random places in it.
import { performance } from 'node:perf_hooks';
import { codeActions } from '../../server/src/core/features/codeActions';
import { complete } from '../../server/src/core/features/completion';
import { definition } from '../../server/src/core/features/definition';
import { formatEdits } from '../../server/src/core/features/format';
import { hover } from '../../server/src/core/features/hover';
import { inlayHints } from '../../server/src/core/features/inlayHints';
import { semanticTokens } from '../../server/src/core/features/semanticTokens';
import { documentSymbols } from '../../server/src/core/features/symbols';
import { scanKind } from '../../server/src/core/workspace/kindScan';
import { calibrateAssessment } from '../../server/src/core/workspace/reviewScoring';
import { Workspace } from '../../server/src/core/workspace/workspace';
import { CASE_LIMIT_MS, coreDiagnosticProblems, fixEditProblems, prototypePollution, saveFailingInput } from './checks';
import { MEMORY_ROOT, MemoryHost, memoryUri } from './memoryHost';
import { loadSamples, mutate, type Sample } from './mutate';
import { Random, replayHint } from './random';

export const FIXED_NOW = (): Date => new Date('2026-11-23T12:00:00Z');

/** A workspace over the samples in memory, every sample known, as the server holds it after its scan. */
export function sampleWorkspace(samples: readonly Sample[]): Workspace {
  const workspace = new Workspace(new MemoryHost(samples), { now: FIXED_NOW, roots: [MEMORY_ROOT] });
  for (const sample of samples) workspace.addKnownFile(memoryUri(sample.name));
  return workspace;
}

export interface CaseOutcome {
  elapsedMs: number;
  /** Empty when the case passed. */
  problems: string[];
  errorCount: number;
}

/**
 * Opens `text` as a document named like the sample `name` and runs everything the server would run on
 * it. In place, it replaces the sample while the case runs, so the files that depend on the sample are
 * diagnosed and scored against it (and the sample is read again afterwards); otherwise it sits next to
 * the samples under another name, which is cheaper. Never throws: exceptions become problems.
 */
export function runCoreCase(
  workspace: Workspace,
  name: string,
  text: string,
  random: Random,
  inPlace = true,
): CaseOutcome {
  const uri = memoryUri(inPlace ? name : `fuzz-${name}`);
  const problems: string[] = [];
  let errorCount = 0;
  const started = performance.now();
  try {
    workspace.setOpenDocument(uri, text);
    const diagnostics = workspace.diagnostics(uri);
    errorCount = diagnostics.filter((d) => d.severity === 'error').length;
    problems.push(...coreDiagnosticProblems(text, diagnostics));
    const scanned = scanKind(uri, text);
    const modelKind = workspace.file(uri).analyzed?.model?.kind;
    if (scanned && modelKind && modelKind !== scanned)
      problems.push(`scanKind says ${scanned}, the parse found a ${modelKind}`);
    for (const dependent of workspace.dependents(uri)) {
      const dependentText = workspace.file(dependent).analyzed?.text ?? '';
      problems.push(
        ...coreDiagnosticProblems(dependentText, workspace.diagnostics(dependent)).map((p) => `${dependent}: ${p}`),
      );
      if (workspace.kindOf(dependent) === 'SelfAssessment') workspace.score(dependent);
    }
    if (workspace.kindOf(uri) === 'SelfAssessment') {
      workspace.score(uri);
      calibrateAssessment(workspace, uri);
    }
    const review = workspace.review(uri);
    const reviewed = review && workspace.reviewedAssessment(review).uri;
    if (reviewed && workspace.kindOf(reviewed) === 'SelfAssessment') calibrateAssessment(workspace, reviewed);
    documentSymbols(workspace, uri);
    const offset = random.below(text.length + 1);
    complete(workspace, uri, offset);
    hover(workspace, uri, offset);
    definition(workspace, uri, offset);
    const withFix = diagnostics.filter((d) => d.fixes?.length);
    const target =
      withFix.length > 0 ? random.pick(withFix) : diagnostics.length > 0 ? random.pick(diagnostics) : undefined;
    for (const action of target ? codeActions(workspace, uri, target.span) : [])
      problems.push(...fixEditProblems(`${action.diagnostic?.code} quick fix`, action, text.length));
    inlayHints(workspace, uri, { start: 0, end: text.length });
    semanticTokens(workspace, uri);
    // Formatting costs two parses and two printings: one case in four.
    if (random.below(4) === 0) problems.push(...formatProblems(text, workspace.kindOf(uri)));
  } catch (error) {
    problems.push(`threw ${(error as Error)?.stack ?? String(error)}`);
  } finally {
    try {
      workspace.closeDocument(uri);
    } catch (error) {
      problems.push(`closeDocument threw ${(error as Error)?.stack ?? String(error)}`);
    }
  }
  const elapsedMs = performance.now() - started;
  if (elapsedMs > CASE_LIMIT_MS) problems.push(`took ${elapsedMs.toFixed(0)} ms (limit ${CASE_LIMIT_MS} ms)`);
  return { elapsedMs, problems, errorCount };
}

/** What is wrong with the formatting of `text`: formatted text must format to itself. */
function formatProblems(text: string, kind: ReturnType<Workspace['kindOf']>): string[] {
  const edits = formatEdits(text, kind);
  if (edits.length === 0) return [];
  let formatted = text;
  for (const edit of [...edits].reverse())
    formatted = formatted.slice(0, edit.span.start) + edit.newText + formatted.slice(edit.span.end);
  const again = formatEdits(formatted, kind);
  return again.length === 0 ? [] : [`formatting is not idempotent: a second pass makes ${again.length} edits`];
}

/** Which cases a worker runs, and how to make them. */
export interface CoreSliceInput {
  seed: number;
  runs: number;
  indices: number[];
  /** At most this many failures are described in full. */
  maxReported: number;
}

export interface CoreSliceResult {
  ran: number;
  withErrors: number;
  slowestMs: number;
  failures: string[];
  failureCount: number;
  pollution: string[];
}

/**
 * Runs every sample once, untimed, so that the first timed case does not pay for compiling the schemas
 * and warming up the JIT.
 */
export function warmUp(workspace: Workspace, samples: readonly Sample[]): void {
  const random = new Random(1);
  for (const sample of samples) runCoreCase(workspace, sample.name, sample.text, random, false);
}

/** One in this many cases replaces its sample in place (the rest sit beside it, which is cheaper). */
const IN_PLACE_EVERY = 16;

/** Runs the mutated-sample cases `indices` of a run; case `i` is fully determined by the seed and `i`. */
export function runCoreSlice(input: CoreSliceInput): CoreSliceResult {
  const samples = loadSamples();
  const workspace = sampleWorkspace(samples);
  warmUp(workspace, samples);
  const result: CoreSliceResult = { ran: 0, withErrors: 0, slowestMs: 0, failures: [], failureCount: 0, pollution: [] };
  const settings = { runs: input.runs, seed: input.seed, only: undefined };
  for (const index of input.indices) {
    const random = Random.forCase(input.seed, index);
    const sample = random.pick(samples);
    const { text, applied } = mutate(sample.text, random);
    const outcome = runCoreCase(workspace, sample.name, text, random, index % IN_PLACE_EVERY === 0);
    result.ran++;
    result.slowestMs = Math.max(result.slowestMs, outcome.elapsedMs);
    if (outcome.errorCount > 0) result.withErrors++;
    if (outcome.problems.length === 0) continue;
    result.failureCount++;
    if (result.failures.length < input.maxReported) {
      const saved = saveFailingInput(`core-${input.seed}-${index}-${sample.name}`, text);
      result.failures.push(
        `${sample.name} after ${applied.join(', ')}; ${replayHint(settings, index)}; input saved in ${saved}\n  ${outcome.problems.slice(0, 5).join('\n  ')}`,
      );
    }
  }
  result.pollution = prototypePollution();
  return result;
}
