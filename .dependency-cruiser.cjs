// The layers of the code base and what may import what, checked by `npm run lint` (part of `npm test`).
//
//   server/src/core      pure: parse, schema, model, check, workspace, score, features, render. No editor,
//                        no LSP connection, no file system: hosts hand it text.
//   server/src/lsp, server/src/server.ts, server/src/cli
//                        the edges that wire the core to a connection or a terminal.
//   server/src/protocol.ts
//                        the typed messages (and the facts both sides need) shared by client and server.
//   client/src           the extension; it reaches the server only through protocol.ts.
//   client/src/webview   browser code in the eligibility panel: no `vscode`, no Node.
//
// Paths are matched against resolved files, relative to the repository root (npm packages resolve into
// node_modules/, `vscode` into node_modules/@types/vscode/).

/** A pattern matching the files of these npm packages (and their @types). */
const packages = (...names) => `^node_modules/(@types/)?(${names.join('|')})/`;

/** The libraries esbuild bundles into dist/ (devDependencies like the rest: nothing is installed at run time). */
const BUNDLED = [
  'ajv',
  'yaml',
  'vscode-languageclient',
  'vscode-languageserver',
  'vscode-languageserver-protocol',
  'vscode-languageserver-textdocument',
  '@vscode/l10n',
];

const CORE = '^server/src/core/';
const SOURCE = '^(server|client)/src/';
/** What the bundles start from (esbuild.mjs); every source file must be reachable from one of them. */
const ENTRY_POINTS =
  '^(client/src/(extension|client|browserExtension|webview/main|webview/team/main)|server/src/(server|browserServer|cli/main|node/analysisWorker))\\.ts$';
/** The bundles of VS Code for the Web: the extension and its language server's web worker. */
const WEB_ENTRY_POINTS = '^(client/src/browserExtension|server/src/browserServer)\\.ts$';
/** Browser code: the webview, and the modules of panel messages it shares with the extension. */
const BROWSER = '^client/src/(webview/|panel/(messages|validateMessage|teamMessages|validateTeamMessage)\\.ts$)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle (type-only imports count too): move what both sides need to a module of its own.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-not-to-editor-or-connection',
      comment:
        'The core knows nothing of the editor or of an LSP connection. LSP data types may come from ' +
        'vscode-languageserver-types or vscode-languageserver-textdocument (the core uses neither today).',
      severity: 'error',
      from: { path: CORE },
      to: {
        path: packages(
          'vscode',
          'vscode-languageserver',
          'vscode-languageserver-protocol',
          'vscode-languageclient',
          'vscode-jsonrpc',
        ),
      },
    },
    {
      name: 'core-not-to-node',
      comment: 'The core reads no disk, spawns nothing and starts no thread: hosts outside it do that.',
      severity: 'error',
      from: { path: CORE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-not-to-outer-layers',
      comment: 'The core is used by the language server, the CLI and the client, never the other way round.',
      severity: 'error',
      from: { path: CORE },
      to: { path: '^(server/src/(lsp/|cli/|server\\.ts$|protocol\\.ts$)|client/|test/|bench/|build/)' },
    },
    {
      name: 'client-only-through-protocol',
      comment: 'The client imports nothing of the server but server/src/protocol.ts, which re-exports what it needs.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/', pathNot: '^server/src/protocol\\.ts$' },
    },
    {
      name: 'browser-not-to-vscode',
      comment: 'The webview runs in a browser: it talks to the extension by messages, not through the `vscode` API.',
      severity: 'error',
      from: { path: BROWSER },
      to: { path: packages('vscode') },
    },
    {
      name: 'browser-not-to-node-builtins',
      comment: 'The webview runs in a browser: no Node built-in modules.',
      severity: 'error',
      from: { path: BROWSER },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-runs-only-browser-code',
      comment:
        'What the webview bundle runs is its own code, its CSS, the message checks it shares with the ' +
        'host and @vscode/l10n (its strings in the display language); from anything else (the protocol, ' +
        'other npm packages) it imports types only.',
      severity: 'error',
      from: { path: '^client/src/webview/' },
      to: { pathNot: `${BROWSER}|^client/media/|^node_modules/@vscode/l10n/`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-not-to-node',
      comment:
        'VS Code for the Web runs the extension and its language server in a browser: nothing they load ' +
        'may need Node (a built-in module, the Node language client or server, the disk host, git). What ' +
        'differs goes through the platform the entry point passes (server/src/lsp/platform.ts).',
      severity: 'error',
      from: { path: WEB_ENTRY_POINTS },
      to: {
        path: '^(node:|(fs|path|os|url|crypto|child_process|stream|util|net|module)$)|^node_modules/vscode-language(client|server)/node|^server/src/(node/|packetStamp\\.ts$|lsp/(scanner|nodePlatform)\\.ts$)|^client/src/client\\.ts$',
        reachable: true,
      },
    },
    {
      name: 'source-not-to-tests',
      comment: 'Shipped code does not import tests, benchmarks or build scripts.',
      severity: 'error',
      from: { path: SOURCE },
      to: { path: '^(test|bench|build)/|^esbuild\\.mjs$' },
    },
    {
      name: 'source-not-to-dev-dependencies',
      comment:
        'Every package is a devDependency (the bundles hold what they use, so the extension and the npm ' +
        'package install none): shipped code may import at run time only the libraries esbuild bundles, ' +
        'and only the types of the others.',
      severity: 'error',
      from: { path: SOURCE },
      to: {
        dependencyTypes: ['npm-dev'],
        dependencyTypesNot: ['type-only'],
        // `vscode` is provided by the editor at run time; only its types are a devDependency.
        pathNot: packages('vscode', ...BUNDLED),
      },
    },
    {
      name: 'no-non-package-json',
      comment: 'Every npm package imported is listed in package.json, not merely installed as a dependency of one.',
      severity: 'error',
      from: {},
      to: {
        dependencyTypes: ['npm-no-pkg', 'npm-unknown'],
        // Known gap: vscode-jsonrpc is imported directly (protocol.ts, the protocol tests) but arrives only
        // through vscode-languageserver-protocol; it belongs in package.json's dependencies.
        pathNot: packages('vscode-jsonrpc'),
      },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to no file.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-dead-source',
      comment: 'Every source file is reachable from a bundle entry point (esbuild.mjs); one that is not is dead code.',
      severity: 'error',
      from: { path: ENTRY_POINTS },
      to: { path: SOURCE, pathNot: ENTRY_POINTS, reachable: false },
    },
    {
      name: 'core-only-through-its-entry',
      comment:
        'Outside the core, code imports the core through server/src/core/index.ts only: the language server, ' +
        "the CLI, the client and the tests that drive them (protocol, CLI, webview, editor). The core's own " +
        'unit and robustness tests and the benchmark may reach its internals. One exception: protocol.ts ' +
        're-exports the file-kind names from core/fileKinds.ts, a module with no imports, so that the ' +
        "extension's activation bundle does not load the core.",
      severity: 'error',
      from: { path: `${SOURCE}|^test/(protocol|cli|webview|e2e)/`, pathNot: `${CORE}|^server/src/protocol\\.ts$` },
      to: { path: CORE, pathNot: '^server/src/core/index\\.ts$' },
    },
    {
      name: 'protocol-only-through-core-entry-or-file-kinds',
      comment:
        'protocol.ts, the one module the client shares with the server: the core entry (types) or the file kinds.',
      severity: 'error',
      from: { path: '^server/src/protocol\\.ts$' },
      to: { path: CORE, pathNot: '^server/src/core/(index|fileKinds)\\.ts$' },
    },
  ],
  options: {
    // Type-only imports are dependencies too: a cycle of types is still a cycle.
    tsPreCompilationDeps: true,
    // node_modules is a link; report packages as node_modules/… rather than where the link points.
    preserveSymlinks: true,
    doNotFollow: { path: '^node_modules/' },
    exclude: { path: '^(dist|out|bench/\.peers)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
