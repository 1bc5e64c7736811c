// An esbuild plugin for the bundles that run in a browser (VS Code for the Web): there is no Node there, so
// importing one of Node's built-in modules fails the build, rather than bundling a stand-in or leaving a
// require that fails at run time.
import { builtinModules } from 'node:module';
import { relative } from 'node:path';

const NODE_BUILTIN = new RegExp(`^(node:.*|${builtinModules.map((name) => name.replace(/[/]/g, '\\/')).join('|')})$`);

export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: NODE_BUILTIN }, (args) => ({
      errors: [
        {
          text: `${args.path} is a Node built-in module; ${relative(build.initialOptions.absWorkingDir ?? process.cwd(), args.importer)} runs in a browser`,
        },
      ],
    }));
  },
};
