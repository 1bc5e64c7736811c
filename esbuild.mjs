// One build for every bundle: the extension client, the language server and its analysis worker, the CLI
// (all Node, CommonJS), the extension and its language server in VS Code for the Web (a CommonJS module for
// the browser, and a web worker script) and the browser scripts of the eligibility panel and the team view. The server and the CLI get the JSON
// schemas compiled to JavaScript here (build/validators.mjs), not at run time. `--watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { noNodeBuiltins } from './build/noNodeBuiltins.mjs';
import { precompiledValidators } from './build/validators.mjs';

const watch = process.argv.includes('--watch');
// `npm install` runs the prepare script (this build); so does `npm pack` (and publish), whose package
// gets the production build: only npm_command tells the two apart.
const packing = ['pack', 'publish'].includes(process.env.npm_command ?? '');
const production = process.argv.includes('--production') || packing;

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

// VS Code for the Web: no Node built-in module may reach these bundles (build/noNodeBuiltins.mjs).
const web = {
  ...common,
  platform: 'browser',
  target: 'chrome114',
  external: ['vscode'],
  alias: yamlAsEsm,
  plugins: [noNodeBuiltins],
};

const builds = [
  // The extension's activation code, and the language client in a bundle of its own, loaded after
  // activation (client/src/languageClientLoader.ts): vscode-languageclient is most of the load time.
  { ...node, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { languageClient: 'client/src/client.ts' }, outdir: 'dist' },
  { ...node, entryPoints: { server: 'server/src/server.ts' }, outdir: 'dist', plugins: [precompiledValidators] },
  // The worker thread the server diagnoses big documents in (server/src/node/workerAnalyses.ts loads it).
  {
    ...node,
    entryPoints: { analysisWorker: 'server/src/node/analysisWorker.ts' },
    outdir: 'dist',
    plugins: [precompiledValidators],
  },
  {
    ...node,
    entryPoints: { cli: 'server/src/cli/main.ts' },
    outdir: 'dist',
    plugins: [precompiledValidators],
    banner: { js: '#!/usr/bin/env node' },
  },
  // VS Code for the Web (package.json `browser`): the extension, with its language client bundled in, and
  // the language server as a web worker script.
  { ...web, format: 'cjs', entryPoints: { browserExtension: 'client/src/browserExtension.ts' }, outdir: 'dist' },
  {
    ...web,
    format: 'iife',
    entryPoints: { browserServer: 'server/src/browserServer.ts' },
    outdir: 'dist',
    plugins: [noNodeBuiltins, precompiledValidators],
  },
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    entryPoints: { webview: 'client/src/webview/main.ts' },
    outdir: 'dist',
  },
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    entryPoints: { team: 'client/src/webview/team/main.ts' },
    outdir: 'dist',
  },
];

// A missing entry point is a broken build, not a bundle to skip: the extension would ship without it.
const missing = builds.flatMap((options) => Object.values(options.entryPoints)).filter((entry) => !existsSync(entry));
if (missing.length > 0) {
  console.error(
    `esbuild: missing entry point${missing.length === 1 ? '' : 's'}: ${missing.join(', ')} (run from the repository root)`,
  );
  process.exit(1);
}

if (watch) {
  for (const options of builds) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
