import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPacket, closest, didYouMean, displayName, packetToHtml } from '../core';
import { pathToUri, uriToPath } from '../node/fileUris';
import { assessmentFolder, buildStamp, gitStateSync } from '../packetStamp';
import { existingAssessmentFile } from './existingFile';
import { UsageError } from './args';
import { createCliService } from './createService';
import { commandLineRoots } from './roots';
import { problemsToText } from './formatProblems';
import type { CliIo } from './io';
import { countBySeverity, displayPath, fileProblems, scoreErrorProblems, sortProblems } from './problems';
import { createStyle } from './style';
import { VERSION } from './usage';

export interface PacketRequest {
  assessment: string;
  level?: string;
  output?: string;
  force: boolean;
}

/** Writes the packet to `output`: a new file, or with `force` over an existing one, never over an input of the packet. */
function writePacket(html: string, written: string, inputs: readonly string[], force: boolean, cwd: string): string {
  const path = resolve(cwd, written);
  if (inputs.includes(path))
    throw new UsageError(`'${written}' is one of the packet's own files; write the packet elsewhere`, 'packet');
  try {
    writeFileSync(path, html, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`'${written}' already exists; add --force to replace it`, 'packet');
    if (code === 'EISDIR') throw new UsageError(`'${written}' is a directory`, 'packet');
    throw new UsageError(`cannot write '${written}': ${code ?? (error as Error).message}`, 'packet');
  }
  return path;
}

/**
 * `ladder packet ASSESSMENT`: the promotion packet as HTML, on standard output or in the file of `-o`.
 * Returns 0 when written, 1 when the assessment or its ladder has errors (printed as check prints them).
 * Throws UsageError for a missing file, a file of another kind, an unknown level, no level to choose, and
 * an output file that exists (without --force) or cannot be written.
 */
export function runPacket(request: PacketRequest, io: CliIo): number {
  const path = existingAssessmentFile(request.assessment, io.cwd, 'packet');
  const uri = pathToUri(path);
  const { workspace } = createCliService(commandLineRoots([request.assessment], io.cwd));
  workspace.addKnownFile(uri);
  const file = workspace.file(uri);
  const kind = file.analyzed?.kind;
  if (kind !== undefined && kind !== 'SelfAssessment')
    throw new UsageError(`'${request.assessment}' is a ${kind} file; packet takes a SelfAssessment file`, 'packet');
  const outcome = buildPacket(workspace, uri, {
    today: new Date(),
    ...(request.level !== undefined ? { levelId: request.level } : {}),
  });
  if (outcome.kind === 'errors' || outcome.kind === 'not-an-assessment') {
    const problems = sortProblems(
      outcome.kind === 'errors' && outcome.errors.size > 0
        ? scoreErrorProblems(workspace, outcome.errors, io.cwd)
        : fileProblems(workspace, path, io.cwd),
    );
    io.out(problemsToText(problems, createStyle(io.color)));
    const errors = countBySeverity(problems).error;
    io.err(`ladder: no packet: ${errors} ${errors === 1 ? 'error' : 'errors'} in the assessment or its ladder\n`);
    return 1;
  }
  const ladderName = () => {
    const ladderUri = workspace.assessment(uri)?.ladder && workspace.assessmentLadder(workspace.assessment(uri)!).uri;
    return ladderUri ? displayName(ladderUri, uri) : 'its ladder';
  };
  if (outcome.kind === 'unknown-level') {
    throw new UsageError(
      `unknown level '${request.level}' in ${ladderName()}.${didYouMean(closest(request.level!, outcome.levelIds))} Levels: ${outcome.levelIds.join(', ') || 'none'}`,
      'packet',
    );
  }
  if (outcome.kind === 'no-level') {
    throw new UsageError(
      `'${request.assessment}' has no target and its level has no next level; choose one with --level (${outcome.levelIds.join(', ') || 'the ladder has no levels'})`,
      'packet',
    );
  }
  const { packet } = outcome;
  const folder = assessmentFolder(packet.sources);
  const html = packetToHtml(
    packet,
    buildStamp(packet.sources, folder === undefined ? undefined : gitStateSync(folder), VERSION),
  );
  if (request.output === undefined) {
    io.out(html);
    return 0;
  }
  const inputs = packet.sources.flatMap((source) => uriToPath(source.uri) ?? []);
  const written = writePacket(html, request.output, inputs, request.force, io.cwd);
  io.err(
    `ladder: wrote the ${packet.level.name} packet of ${packet.person || 'the assessment'} to ${displayPath(written, io.cwd)}\n`,
  );
  return 0;
}
