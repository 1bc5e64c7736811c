// Imported first by a test whose module under test imports `vscode` only for its strings (vscode.l10n.t):
// from then on `require('vscode')` is the stand-in, which answers in English.
import { createFakeVscode, installFakeVscode } from './panel/fakeVscode';

export const fakeVscode = createFakeVscode();
installFakeVscode(fakeVscode.api);
