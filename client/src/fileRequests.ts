import * as vscode from 'vscode';
import {
  ReadDirectoryRequest,
  ReadFileRequest,
  type DirectoryEntry,
  type ReadFileParams,
  type ReadFileResult,
} from '../../server/src/protocol';

/** Base64 of bytes, without Node's Buffer (the extension may run in a browser). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk)
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  return btoa(binary);
}

const isNotFound = (error: unknown): boolean =>
  error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');

/** Answers the server's read of a file, through `workspace.fs` (any file system provider). */
export async function readFile({ uri, maxBytes }: ReadFileParams): Promise<ReadFileResult> {
  const target = vscode.Uri.parse(uri);
  try {
    const { type, size } = await vscode.workspace.fs.stat(target);
    if (type & vscode.FileType.Directory) return { kind: 'directory' };
    if (!(type & vscode.FileType.File)) return { kind: 'not-a-file' };
    if (size > maxBytes) return { kind: 'too-large', size };
    return { kind: 'file', base64: toBase64(await vscode.workspace.fs.readFile(target)) };
  } catch (error) {
    if (isNotFound(error)) return { kind: 'missing' };
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Answers the server's listing of a folder; links to folders are 'other' (not followed, as on disk). */
export async function readDirectory({ uri }: { uri: string }): Promise<DirectoryEntry[] | null> {
  try {
    const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.parse(uri));
    return entries.map(([name, type]): DirectoryEntry => {
      if (type & vscode.FileType.File) return [name, 'file'];
      if (type === vscode.FileType.Directory) return [name, 'directory'];
      return [name, 'other'];
    });
  } catch {
    return null;
  }
}

/** Lets the server read the workspace through the editor: where it runs in a browser, or the workspace is virtual. */
export function serveFileRequests(client: {
  onRequest(method: string, handler: (params: never) => unknown): vscode.Disposable;
}): vscode.Disposable[] {
  return [
    client.onRequest(ReadFileRequest.method, (params: ReadFileParams) => readFile(params)),
    client.onRequest(ReadDirectoryRequest.method, (params: { uri: string }) => readDirectory(params)),
  ];
}
