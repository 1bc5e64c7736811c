import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jsonText, type Severity } from '../core';
import type { Problem } from './problems';
import { ruleDescription } from './ruleDescriptions';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function relativeUri(file: string): string {
  return file
    .split(sep)
    .join('/')
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/**
 * A SARIF 2.1.0 log with one run: a rule per code seen, a result per problem. Paths are relative to
 * the directory `ladder` ran in, given as the `SRCROOT` base.
 */
export function problemsToSarif(problems: readonly Problem[], options: { version: string; cwd: string }): string {
  const codes = [...new Set(problems.map((p) => p.code))].sort();
  const ruleIndex = new Map(codes.map((code, index) => [code, index]));
  const root = pathToFileURL(options.cwd).href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ladder',
            version: options.version,
            rules: codes.map((code) => ({ id: code, shortDescription: { text: ruleDescription(code) } })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: root.endsWith('/') ? root : `${root}/` } },
        columnKind: 'utf16CodeUnits',
        results: problems.map((problem) => ({
          ruleId: problem.code,
          ruleIndex: ruleIndex.get(problem.code),
          level: LEVEL[problem.severity],
          message: { text: problem.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: isAbsolute(problem.file)
                  ? { uri: pathToFileURL(problem.file).href }
                  : { uri: relativeUri(problem.file), uriBaseId: 'SRCROOT' },
                region: {
                  startLine: problem.line,
                  startColumn: problem.column,
                  endLine: problem.endLine,
                  endColumn: problem.endColumn,
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return jsonText(log);
}
