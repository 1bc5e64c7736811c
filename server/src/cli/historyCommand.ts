import type { ReportFormat } from './args';
import type { CliIo } from './io';

export interface HistoryRequest {
  assessment: string;
  format: ReportFormat;
}

export async function runHistory(_request: HistoryRequest, _io: CliIo): Promise<number> {
  return 2;
}
