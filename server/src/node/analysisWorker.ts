// The analysis worker (its own bundle, dist/analysisWorker.js): a copy of the server's workspace, kept in
// step by the events the server sends with each request, that diagnoses big documents off the thread that
// answers requests. See workerAnalyses.ts for the other side.
import { parentPort, workerData } from 'node:worker_threads';
import { createLadderService } from '../core';
import type { AnalysisSettings, WorkspaceEvent } from '../lsp/analysisRunner';
import { diagnosisOf } from '../lsp/diagnosis';
import { useLanguage } from '../lsp/userLanguage';
import type { DiagnoseMessage, DiagnosisReply } from './analysisMessages';
import { DiskHost } from './diskHost';

const { maxFileChars, roots, language } = workerData as AnalysisSettings;
// The messages of this thread in the user's language, as the server's own.
useLanguage(language ?? {});
const host = new DiskHost({ maxFileChars, roots });
const service = createLadderService({ host, limits: { maxFileChars }, ...(roots.length > 0 ? { roots } : {}) });
const workspace = service.workspace;

function apply(event: WorkspaceEvent): void {
  if (event.type === 'open') workspace.setOpenDocument(event.uri, event.text);
  else if (event.type === 'close') workspace.closeDocument(event.uri);
  else if (event.type === 'known') workspace.addKnownFile(event.uri);
  else if (event.type === 'changedOnDisk') workspace.fileChangedOnDisk(event.uri);
  else if (event.type === 'deleted') workspace.fileDeleted(event.uri);
  else {
    host.setRoots(event.roots);
    service.setRoots(event.roots);
  }
}

parentPort?.on('message', ({ id, events, uri }: DiagnoseMessage) => {
  let reply: DiagnosisReply;
  try {
    for (const event of events) apply(event);
    reply = { id, diagnosis: diagnosisOf(workspace, uri) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
