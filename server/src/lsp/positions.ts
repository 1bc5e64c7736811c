import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-protocol';
import { DIAGNOSTIC_SOURCE, LineMap, type AnalyzedFile, type LadderDiagnostic, type Span } from '../core';

const lineMaps = new WeakMap<AnalyzedFile, LineMap>();

/** The line map of an analysed text, made once per analysis. */
export function lineMapOf(file: AnalyzedFile): LineMap {
  let map = lineMaps.get(file);
  if (!map) {
    map = new LineMap(file.text);
    lineMaps.set(file, map);
  }
  return map;
}

export function toRange(map: LineMap, span: Span): Range {
  return { start: map.position(span.start), end: map.position(span.end) };
}

/** The offset of a client position; past the end of a line (or of the text) it is clamped there. Every request converts through this. */
export function toOffset(map: LineMap, position: { line: number; character: number }): number {
  return map.offset(position);
}

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

export function toLspDiagnostic(map: LineMap, diagnostic: LadderDiagnostic): Diagnostic {
  return {
    range: toRange(map, diagnostic.span),
    severity: SEVERITY[diagnostic.severity],
    source: DIAGNOSTIC_SOURCE,
    code: diagnostic.code,
    message: diagnostic.message,
  };
}
