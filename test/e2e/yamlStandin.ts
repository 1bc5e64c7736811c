// Builds the YAML extension stand-in (yaml-standin/) that the launchers load beside the extension under test.
// Its manifest is yaml-standin/manifest.json, written out as package.json: a package.json in the repository
// would make that folder a package of its own, without the dependencies the bundle takes from this one.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './common';

const sourceDir = join(repoRoot, 'test', 'e2e', 'yaml-standin');

/** The stand-in's id, `publisher.name`, and the folder name an editor gives it when installed. */
export function yamlStandinIdentity(): { id: string; folderName: string } {
  const manifest = JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8')) as {
    publisher: string;
    name: string;
    version: string;
  };
  const id = `${manifest.publisher}.${manifest.name}`;
  return { id, folderName: `${id}-${manifest.version}` };
}

/** Writes the stand-in, ready to load, into `folder`: its manifest and one bundle that starts the real
 * yaml-language-server from this repository's node_modules. */
export async function buildYamlStandin(folder: string): Promise<string> {
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(sourceDir, 'manifest.json'), join(folder, 'package.json'));
  const serverModule = join(repoRoot, 'node_modules', 'yaml-language-server', 'out', 'server', 'src', 'server.js');
  await esbuild.build({
    entryPoints: [join(sourceDir, 'extension.ts')],
    outfile: join(folder, 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    define: { YAML_SERVER_MODULE: JSON.stringify(serverModule) },
    logLevel: 'warning',
  });
  return folder;
}
