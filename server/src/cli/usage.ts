import { version } from '../../../package.json';
import type { CommandName } from './args';

export const VERSION: string = version;

const SYNOPSIS: Record<CommandName, string> = {
  check: 'ladder check [--format text|json|sarif] PATH...',
  score: 'ladder score ASSESSMENT [--level ID] [--review REVIEW] [--format text|json|markdown]',
  calibrate: 'ladder calibrate ASSESSMENT [--format text|json|markdown]',
  team: 'ladder team [--format text|json|markdown|html] [--anonymize] PATH...',
  packet: 'ladder packet ASSESSMENT [--level ID] [-o FILE [--force]]',
  impact: 'ladder impact --base GIT_REF [--format text|json|markdown] [PATH...]',
  history: 'ladder history ASSESSMENT [--format text|json|markdown]',
};

const MAIN = `Usage: ladder <command> [options]

Check and score career ladders, competency catalogues, self-assessments and reviews written in YAML.

Commands:
  check PATH...          check files, and directories recursively
  score ASSESSMENT       score a self-assessment against its ladder (or under a review)
  calibrate ASSESSMENT   compare a self-assessment with the reviews of it
  team PATH...           a team report: everyone's next levels, each level's pipeline, ratings per competency
  packet ASSESSMENT      a promotion packet: one HTML file with the verdict, evidence and a reproducibility stamp
  impact --base REF      the verdicts that the ladder changes since a git revision alter
  history ASSESSMENT     an assessment's verdicts at each commit that changed it or its ladder

Options:
  -h, --help         show help (also: ladder help COMMAND, ladder COMMAND --help)
  -V, --version      print the version

Exit status: 0 success, 1 problems found, 2 bad usage.
`;

const CHECK = `Usage: ${SYNOPSIS.check}

Checks ladder, competency, assessment and review files. Directories are searched recursively for
*.ladder.yaml, *.competencies.yaml, *.assessment.yaml and *.review.yaml (or .yml), skipping
node_modules and folders whose name starts with a dot. A file named on the command line is checked whatever its name.

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
  --review REVIEW    score under this review of the assessment: its ratings, checks and metrics
                     replace the assessment's (a review of another assessment is bad usage)
  --format text      a readable report (default); the next levels and the target come first
  --format json      the report as JSON
  --format markdown  the report as Markdown
  -h, --help         show this help

Exit status: 0 scored (whatever the results), 1 the assessment, its ladder or the review has errors
(they are printed as check prints them), 2 bad usage (including an unknown level id).
`;

const CALIBRATE = `Usage: ${SYNOPSIS.calibrate}

Compares a self-assessment with every review of it (*.review.yaml files beside it and in the
folders below whose assessment is this file, ordered by path): per competency, the self-rating,
each reviewer's rating, the consensus (the lowest of them) and the flags disagreement (ratings two
or more steps apart), unreviewed (a next or target level expects it and no review rates it) and
unsupported (rated above every reviewer, without evidence); per level, the status under the
self-assessment, under each review and under the consensus.

Options:
  --format text      a readable report (default); the next levels and the target come first
  --format json      the report as JSON
  --format markdown  the report as Markdown
  -h, --help         show this help

Exit status: 0 calibrated (also when no review is found), 1 the assessment, its ladder or a review
of it has errors (they are printed as check prints them), 2 bad usage.
`;

const TEAM = `Usage: ${SYNOPSIS.team}

Scores every self-assessment found (files and directories, searched as check searches them) and reports,
per ladder: each person's current level and their verdict on each next and target level; per level, how
many people have it as a next or target level and how many of them are eligible, incomplete or not yet;
per competency, how many people are rated at each scale id, flagged single-point when at most one
person reaches the highest rating any level expects.

Files with errors are listed, and their assessments are not scored. A person found in several files is
reported, and only their newest file is counted.

Options:
  --format text      a readable report (default)
  --format json      the report as JSON (see docs/cli.md)
  --format markdown  the report as Markdown
  --format html      one self-contained HTML page (no scripts, nothing loaded from elsewhere)
  --anonymize        people become Person 1...N, in the order of their files' paths; no name, file
                     name or error message from an assessment is printed
  -h, --help         show this help

Exit status: 0 the report was produced (even with files with errors), 2 bad usage.
`;

const PACKET = `Usage: ${SYNOPSIS.packet}

Writes a promotion packet for one level: a self-contained HTML page with the person, the ladder, the
as-of date, the verdict rule by rule, a radar chart and a matrix, every rating's evidence and notes,
the waivers and their reasons, and a stamp (each input file with its SHA-256, the git commit when the
assessment is in a git repository, and the tool version) from which it can be produced again.

The level is the one named by --level, else the assessment's target, else the next level closest to
promotion.

Options:
  --level ID     the level of the packet
  -o FILE        write the packet to FILE (default: standard output); an existing FILE is kept
  --force        with -o, replace an existing FILE
  -h, --help     show this help

Exit status: 0 written, 1 the assessment or its ladder has errors (printed as check prints them),
2 bad usage (an unknown level, no level to choose, an existing output file without --force).
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

const HELP: Record<CommandName, string> = {
  check: CHECK,
  score: SCORE,
  calibrate: CALIBRATE,
  team: TEAM,
  packet: PACKET,
  impact: IMPACT,
  history: HISTORY,
};

/** The help text for the whole tool or one command. */
export function helpText(topic?: CommandName): string {
  return topic ? HELP[topic] : MAIN;
}

/** The short reminder shown after a usage error. */
export function usageHint(topic?: CommandName): string {
  return topic
    ? `Usage: ${SYNOPSIS[topic]}\nRun 'ladder ${topic} --help' for details.\n`
    : `Usage: ${Object.values(SYNOPSIS).join('\n       ')}\nRun 'ladder --help' for details.\n`;
}
