import * as vscode from 'vscode';
import { ladderDocumentSelector } from './ladderFiles';

/** Ladder files on disk, untitled, and in the workspace folders' file systems (github.dev, any provider). */
export const workspaceDocumentSelector = (): { scheme: string; pattern: string }[] =>
  ladderDocumentSelector((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme));
