#!/usr/bin/env node
// Entry point of the `broadsheet` command: registers tsx so the TypeScript sources run as they are,
// then hands over to the CLI. Nothing else lives here.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
