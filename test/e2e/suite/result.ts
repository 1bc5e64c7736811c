// What the end-to-end suite hands back to its launcher. The extension host runs in a process the launcher
// does not own (code-server starts it), so the suite writes its result to a file that the launcher polls.

/** Environment variable with the result file's path. The launchers set it; code-server passes its own
 * environment on to the extension host it starts. */
export const RESULT_FILE_ENV = 'LADDER_E2E_RESULT';
/** Environment variable with a mocha `grep` pattern to run only some tests. */
export const GREP_ENV = 'LADDER_E2E_GREP';
/** Without the environment variable, the result goes next to the workspace folder, under this name. */
export const RESULT_FILE_NAME = 'e2e-result.json';
/** Lines of output are appended here while the suite runs, so a launcher can show progress. */
export const progressFile = (resultFile: string): string => `${resultFile}.log`;

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
  /** The per-test report, as printed. */
  lines: string[];
}

/** The last line a launcher prints, alone on its line. */
export const summaryLine = (result: Pick<SuiteResult, 'passed' | 'failed'>): string =>
  `${result.passed} passed, ${result.failed} failed`;
