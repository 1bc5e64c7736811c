import type { Diagnosis, WorkspaceEvent } from '../lsp/analysisRunner';

/** What the server's thread sends the analysis worker: the changes since the last request, then what to diagnose. */
export interface DiagnoseMessage {
  id: number;
  events: WorkspaceEvent[];
  uri: string;
}

export type DiagnosisReply = { id: number; diagnosis: Diagnosis } | { id: number; error: string };
