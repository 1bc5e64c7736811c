// Measures how long dist/extension.js takes to load (require) in a fresh Node process, with a stub
// `vscode` module injected, and prints the milliseconds as JSON. This is module load time, not the
// editor's activation event: the real activate() needs a running VS Code.
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { performance } = require('node:perf_hooks');

const bundle = process.argv[2];

// Any property of a stub is a constructible no-op function whose properties are stubs again.
const stub = new Proxy(function vscodeStub() {}, {
  get: (target, key) => (key === 'then' ? undefined : key === Symbol.toPrimitive ? () => '' : stub),
  apply: () => stub,
  construct: () => stub,
});

// The module itself lists the names the real API exports, so that bundlers' namespace copies see them.
let names = [];
try {
  const typings = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  names = [
    ...new Set(
      [...typings.matchAll(/^\s*export (?:class|enum|namespace|const|function|let|var) (\w+)/gm)].map((m) => m[1]),
    ),
  ];
} catch {
  // without the typings only `default` access works
}
const api = Object.fromEntries(names.map((name) => [name, stub]));

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };

const start = performance.now();
const cpuStart = process.cpuUsage();
const extension = require(bundle);
const cpu = process.cpuUsage(cpuStart);
const ms = performance.now() - start;
process.stdout.write(
  JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, activate: typeof extension.activate === 'function' }),
);
