// A test extension for the web end-to-end run: a read-write file system in memory (scheme `memfs`) holding
// a small ladder workspace, the way github.dev serves a repository. Web only (package.json has `browser`
// and no `main`); the launcher bundles it with the files in MEMFS_FILES.
import * as vscode from 'vscode';

declare const MEMFS_FILES: Record<string, string>;

interface Entry {
  type: vscode.FileType;
  data: Uint8Array;
  mtime: number;
}

class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(files: Record<string, string>) {
    this.entries.set('/', { type: vscode.FileType.Directory, data: new Uint8Array(), mtime: Date.now() });
    for (const [path, text] of Object.entries(files)) this.put(path, new TextEncoder().encode(text));
  }

  private put(path: string, data: Uint8Array): void {
    const parts = path.split('/').filter(Boolean);
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = `/${parts.slice(0, depth).join('/')}`;
      if (!this.entries.has(folder))
        this.entries.set(folder, { type: vscode.FileType.Directory, data: new Uint8Array(), mtime: Date.now() });
    }
    this.entries.set(`/${parts.join('/')}`, { type: vscode.FileType.File, data, mtime: Date.now() });
  }

  private entry(uri: vscode.Uri): Entry {
    const found = this.entries.get(uri.path.replace(/\/$/, '') || '/');
    if (!found) throw vscode.FileSystemError.FileNotFound(uri);
    return found;
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const { type, data, mtime } = this.entry(uri);
    return { type, ctime: mtime, mtime, size: data.length };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const folder = uri.path.replace(/\/$/, '');
    return [...this.entries]
      .filter(([path]) => path !== '/' && path.slice(0, path.lastIndexOf('/')) === folder)
      .map(([path, { type }]) => [path.slice(path.lastIndexOf('/') + 1), type]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const found = this.entry(uri);
    if (found.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return found.data;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    const existed = this.entries.has(uri.path);
    this.put(uri.path, content);
    this.changed.fire([{ type: existed ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  createDirectory(uri: vscode.Uri): void {
    this.entries.set(uri.path, { type: vscode.FileType.Directory, data: new Uint8Array(), mtime: Date.now() });
  }

  delete(uri: vscode.Uri): void {
    this.entries.delete(uri.path);
    this.changed.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions('rename is not supported');
  }
}

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider('memfs', new MemoryFileSystem(MEMFS_FILES), { isCaseSensitive: true }),
  );
}
