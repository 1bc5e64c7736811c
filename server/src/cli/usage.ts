import { version } from '../../../package.json';
import type { CommandName } from './args';

export const VERSION: string = version;

const SYNOPSIS: Record<CommandName, string> = {
  check: 'ladder check [--format text|json|sarif] PATH...',
  score: 'ladder score ASSESSMENT [--level ID] [--format text|json|markdown]',
};

const MAIN = `Usage: ladder <command> [options]

Check and score career ladders, competency catalogues and self-assessments written in YAML.

Commands:
  check PATH...      check files, and directories recursively
  score ASSESSMENT   score a self-assessment against its ladder

Options:
  -h, --help         show help (also: ladder help COMMAND, ladder COMMAND --help)
  -V, --version      print the version

Exit status: 0 success, 1 problems found, 2 bad usage.
`;

const CHECK = `Usage: ${SYNOPSIS.check}

Checks ladder, competency and assessment files. Directories are searched recursively for
*.ladder.yaml, *.competencies.yaml and *.assessment.yaml (or .yml), skipping node_modules and
folders whose name starts with a dot. A file named on the command line is checked whatever its name.

Options:
  --format text    one line per problem (default):
                   FILE:LINE:COL: error|warning|info: MESSAGE [CODE]
  --format json    an array of {file, line, column, endLine, endColumn, severity, message, code}
  --format sarif   a SARIF 2.1.0 log, for code-scanning tools
  -h, --help       show this help

Lines and columns start at 1. A summary goes to standard error.
Exit status: 0 no errors (warnings allowed), 1 errors, 2 bad usage or a path that does not exist.
`;

const SCORE = `Usage: ${SYNOPSIS.score}

Scores a self-assessment against every level of its ladder: for each level, whether the person is
eligible, not yet, or incomplete, how ready they are, and each expectation and requirement.

Options:
  --level ID         score this level only
  --format text      a readable report (default); the next levels and the target come first
  --format json      the report as JSON
  --format markdown  the report as Markdown
  -h, --help         show this help

Exit status: 0 scored (whatever the results), 1 the assessment or its ladder has errors (they are
printed as check prints them), 2 bad usage (including an unknown level id).
`;

/** The help text for the whole tool or one command. */
export function helpText(topic?: CommandName): string {
  return topic === 'check' ? CHECK : topic === 'score' ? SCORE : MAIN;
}

/** The short reminder shown after a usage error. */
export function usageHint(topic?: CommandName): string {
  return topic
    ? `Usage: ${SYNOPSIS[topic]}\nRun 'ladder ${topic} --help' for details.\n`
    : `Usage: ${SYNOPSIS.check}\n       ${SYNOPSIS.score}\nRun 'ladder --help' for details.\n`;
}
