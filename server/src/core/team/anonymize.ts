import { filePathOf as uriToPath, fileUriOf as pathToUri } from '../workspace/paths';
import type { TeamReport } from './types';

/** The message an anonymized report shows instead of an assessment's own error messages (they quote the file). */
export const HIDDEN_MESSAGE = 'Details hidden in an anonymized report.';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fileStem(uri: string): string {
  const path = uriToPath(uri) ?? uri;
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return name.replace(/\.assessment\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
}

/**
 * Replaces every spelling of the people's names and of their files' names, as whole words and without
 * regard to case, by their alias. Built once per report; each call is linear in the text's length.
 */
export function nameRedactor(people: ReadonlyMap<string, string>): (text: string) => string {
  const replacements = new Map<string, string>();
  for (const [written, alias] of people) {
    const name = written.normalize('NFKC').trim().replace(/\s+/g, ' ');
    if (name === '') continue;
    for (const form of [
      name,
      name.replace(/ /g, '-'),
      name.replace(/ /g, '_'),
      name.replace(/ /g, '.'),
      name.replace(/ /g, ''),
    ]) {
      if (!replacements.has(form.toLowerCase())) replacements.set(form.toLowerCase(), alias);
    }
  }
  if (replacements.size === 0) return (text) => text;
  const needles = [...replacements.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${needles.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) =>
    text.normalize('NFKC').replace(pattern, (match) => replacements.get(match.toLowerCase()) ?? 'Person');
}

/**
 * The report with no name in it: people are their aliases, assessments have no file, their errors no
 * message (messages quote the file), and any other text that spells a name or an assessment's file name
 * (a ladder named after someone, say) has it replaced by that person's alias.
 */
export function anonymizeTeamReport(report: TeamReport): TeamReport {
  const people = new Map<string, string>();
  for (const ladder of report.ladders) {
    for (const member of ladder.people) {
      people.set(member.person, member.alias);
      people.set(fileStem(member.uri), member.alias);
    }
  }
  for (const problem of report.problems) if (problem.alias) people.set(fileStem(problem.uri), problem.alias);
  for (const duplicate of report.duplicates) people.set(duplicate.person, duplicate.alias);
  const redact = nameRedactor(people);
  const redactUri = (uri: string): string => {
    const path = uriToPath(uri);
    return path === undefined ? redact(uri) : pathToUri(redact(path));
  };
  return {
    assessments: report.assessments,
    ladders: report.ladders.map((ladder) => ({
      ...ladder,
      uri: redactUri(ladder.uri),
      id: redact(ladder.id),
      name: redact(ladder.name),
      scale: ladder.scale.map((entry) => ({
        id: typeof entry.id === 'string' ? redact(entry.id) : entry.id,
        ...(entry.name !== undefined ? { name: redact(entry.name) } : {}),
      })),
      people: ladder.people.map((member) => ({
        ...member,
        uri: '',
        person: member.alias,
        level: member.level === null ? null : redact(member.level),
        focus: member.focus.map((verdict) => ({ ...verdict, level: redact(verdict.level) })),
        compared: member.compared === null ? null : redact(member.compared),
        ratings: member.ratings.map((cell) => ({
          ...cell,
          competency: redact(cell.competency),
          rated: typeof cell.rated === 'string' ? redact(cell.rated) : cell.rated,
          expected: typeof cell.expected === 'string' ? redact(cell.expected) : cell.expected,
        })),
      })),
      levels: ladder.levels.map((level) => ({
        ...level,
        id: redact(level.id),
        name: redact(level.name),
        track: redact(level.track),
      })),
      competencies: ladder.competencies.map((competency) => ({
        ...competency,
        id: redact(competency.id),
        name: redact(competency.name),
        counts: competency.counts.map((count) => ({
          ...count,
          id: typeof count.id === 'string' ? redact(count.id) : count.id,
        })),
        highest: typeof competency.highest === 'string' ? redact(competency.highest) : competency.highest,
      })),
    })),
    problems: report.problems.map((problem) =>
      problem.alias
        ? { ...problem, uri: '', errors: problem.errors.map((error) => ({ ...error, message: HIDDEN_MESSAGE })) }
        : {
            ...problem,
            uri: redactUri(problem.uri),
            errors: problem.errors.map((error) => ({ ...error, message: redact(error.message) })),
          },
    ),
    duplicates: report.duplicates.map((duplicate) => ({
      ...duplicate,
      person: duplicate.alias,
      uris: duplicate.uris.map(() => ''),
    })),
  };
}
