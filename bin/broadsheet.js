#!/usr/bin/env node
// Entry point of the `broadsheet` command: runs the compiled JavaScript of src/ when it can be had for
// the current sources (compiled-tree.js), else registers tsx so the TypeScript sources run as they are;
// then hands over to the CLI. Nothing else lives here.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledTree } from './compiled-tree.js';

const tree = compiledTree();
let main;
if (tree) ({ main } = await import(pathToFileURL(join(tree, 'src', 'cli', 'main.js')).href));
else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
