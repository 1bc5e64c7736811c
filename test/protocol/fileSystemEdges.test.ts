// The language server over stdio on what a workspace can hold besides plain files: a FIFO and a dangling
// link named like ladder files are warned about, a link to a folder outside the workspace does not let
// a ladder path out, and invalid UTF-8 in a file on disk is reported where it is.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { ASSESSMENT, CATALOGUE, LADDER } from './fixtures';
import { LspClient } from './lspClient';

describe('language server on FIFOs, links and invalid UTF-8', () => {
  const base = mkdtempSync(join(tmpdir(), 'ladder-protocol-fs-'));
  const ws = join(base, 'ws');
  const uri = (name: string) => pathToFileURL(join(ws, name)).href;
  const client = new LspClient();

  before(async () => {
    mkdirSync(ws);
    mkdirSync(join(base, 'outside'));
    writeFileSync(join(base, 'outside', 'support.ladder.yaml'), LADDER);
    writeFileSync(join(base, 'outside', 'core.competencies.yaml'), CATALOGUE);
    symlinkSync(join(base, 'outside'), join(ws, 'ext'));
    writeFileSync(
      join(ws, 'linked.assessment.yaml'),
      ASSESSMENT.replace(/^ladder: .*$/m, 'ladder: ext/support.ladder.yaml'),
    );
    execFileSync('mkfifo', [join(ws, 'pipe.ladder.yaml')]);
    symlinkSync('gone.competencies.yaml', join(ws, 'dangling.competencies.yaml'));
    writeFileSync(
      join(ws, 'latin.competencies.yaml'),
      Buffer.concat([
        Buffer.from('kind: Competencies\ncompetencies:\n  - id: cafe\n    name: Caf'),
        Buffer.from([0xe9, 0x0a]),
      ]),
    );
    await client.initialize(pathToFileURL(ws).href);
  });

  after(async () => {
    await client.close();
    rmSync(base, { recursive: true, force: true });
  });

  const summary = (diagnostics: { code?: unknown; severity?: number; range: unknown; message: string }[]) =>
    diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, message: d.message }));
  const atStart = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

  it('warns about a FIFO and a dangling link that the workspace scan finds', async () => {
    assert.deepEqual(summary(await client.diagnostics(uri('pipe.ladder.yaml'))), [
      { code: 'skipped-file', severity: 2, range: atStart, message: 'Not checked: it is a named pipe, not a file.' },
    ]);
    assert.deepEqual(summary(await client.diagnostics(uri('dangling.competencies.yaml'))), [
      {
        code: 'skipped-file',
        severity: 2,
        range: atStart,
        message: 'Not checked: it is a symbolic link to a missing file.',
      },
    ]);
  });

  it("does not read an assessment's ladder through a link to a folder outside the workspace", async () => {
    const diagnostics = await client.diagnostics(uri('linked.assessment.yaml'), (list) =>
      list.some((d) => d.code === 'ladder-not-found'),
    );
    assert.deepEqual(
      diagnostics.filter((d) => d.code === 'ladder-not-found').map((d) => [d.message, d.range.start]),
      [
        [
          "Cannot read ladder 'ext/support.ladder.yaml': it leads outside the workspace folders through a symbolic link.",
          { line: 1, character: 8 },
        ],
      ],
    );
  });

  it('reports invalid UTF-8 in a file on disk at its first bad byte', async () => {
    const diagnostics = await client.diagnostics(uri('latin.competencies.yaml'));
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range]),
      [['invalid-utf8', 1, { start: { line: 3, character: 13 }, end: { line: 3, character: 14 } }]],
    );
  });
});
