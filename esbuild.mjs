// One build for every bundle: the extension client, the language server, the CLI (all Node, CommonJS)
// and the browser scripts of the eligibility panel and the team view. The server and the CLI get the JSON
// schemas compiled to JavaScript here (build/validators.mjs), not at run time. `--watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { precompiledValidators } from './build/validators.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

// yaml's ES module build (the same code as its CommonJS one): bundled from ES modules, its functions are
// called directly instead of through the getters esbuild puts on a CommonJS module's exports, and unused
// parts are left out.
const yamlAsEsm = { yaml: './node_modules/yaml/browser/index.js' };

const node = { ...common, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'], alias: yamlAsEsm };

const builds = [
  // The extension's activation code, and the language client in a bundle of its own, loaded after
  // activation (client/src/languageClientLoader.ts): vscode-languageclient is most of the load time.
  { ...node, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { languageClient: 'client/src/client.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist', plugins: [precompiledValidators] },
  { ...node, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', plugins: [precompiledValidators], banner: { js: '#!/usr/bin/env node' } },
  { ...common, platform: 'browser', format: 'iife', target: 'chrome114', entryPoints: { webview: 'client/src/webview/main.ts' }, outdir: 'dist' },
  { ...common, platform: 'browser', format: 'iife', target: 'chrome114', entryPoints: { team: 'client/src/webview/team/main.ts' }, outdir: 'dist' },
].filter((options) => Object.values(options.entryPoints).every((entry) => existsSync(entry)));

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
