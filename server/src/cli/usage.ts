import { version } from '../../../package.json';
import type { CommandName } from './args';

export const VERSION: string = version;

const SYNOPSIS: Record<CommandName, string> = {
  check: 'ladder check [--format text|json|sarif] PATH...',
  score: 'ladder score ASSESSMENT [--level ID] [--format text|json|markdown]',
  impact: 'ladder impact --base GIT_REF [--format text|json|markdown] [PATH...]',
  history: 'ladder history ASSESSMENT [--format text|json|markdown]',
};

const MAIN = `Usage: ladder <command> [options]

Check and score career ladders, competency catalogues and self-assessments written in YAML.

Commands:
  check PATH...      check files, and directories recursively
  score ASSESSMENT   score a self-assessment against its ladder
  impact --base REF  which verdicts the ladder changes since a git revision alter
  history ASSESSMENT an assessment's verdicts at each commit that changed it or its ladder

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

const IMPACT = `Usage: ${SYNOPSIS.impact}

Scores every self-assessment under PATH (default: the current directory) twice: with the ladder and
competency files as they are at GIT_REF (read from git, nothing is checked out) and as they are in
the working tree, the assessment as it is now both times. Lists every level whose status or
readiness differs: who, which file, which level, before -> after, and the expectations and
requirements whose results changed. A ladder that did not exist at GIT_REF makes every level new;
ladder files renamed or moved since GIT_REF are followed.

Options:
  --base GIT_REF     the commit, branch or tag to compare with (required), e.g. origin/main
  --format text      a readable report (default)
  --format json      the changes as JSON
  --format markdown  a Markdown report, e.g. for a pull-request comment
  -h, --help         show this help

Exit status: 0 compared (whatever changed), 1 some files have errors (they are printed as check
prints them), 2 bad usage, PATH not in a git repository, or GIT_REF not a commit.
`;

const HISTORY = `Usage: ${SYNOPSIS.history}

Scores a self-assessment at each commit that changed it or its ladder files (following renames of
the assessment), each time with the files as they were at that commit, and prints a timeline,
oldest first: the commit's date (committer date), the commit, and the status and readiness of the
next and target levels.

Options:
  --format text      a readable timeline (default)
  --format json      the timeline as JSON
  --format markdown  the timeline as a Markdown table
  -h, --help         show this help

Exit status: 0 printed, 1 the assessment or its ladder has errors now, 2 bad usage or the file is
not in a git repository.
`;

/** The help text for the whole tool or one command. */
export function helpText(topic?: CommandName): string {
  return topic === 'check' ? CHECK : topic === 'score' ? SCORE : topic === 'impact' ? IMPACT : topic === 'history' ? HISTORY : MAIN;
}

/** The short reminder shown after a usage error. */
export function usageHint(topic?: CommandName): string {
  return topic
    ? `Usage: ${SYNOPSIS[topic]}\nRun 'ladder ${topic} --help' for details.\n`
    : `Usage: ${SYNOPSIS.check}\n       ${SYNOPSIS.score}\n       ${SYNOPSIS.impact}\n       ${SYNOPSIS.history}\nRun 'ladder --help' for details.\n`;
}
