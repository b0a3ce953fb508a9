/**
 * `broadsheet <command>`: dispatch, and the one place that turns errors into exit codes.
 * Usage errors exit 2, input errors 1, both as one line without a stack trace.
 */
import { InputError, UsageError, USAGE } from './args.ts';
import { ConfigError } from '../render/site-config.ts';
import { BuildError } from '../build/build-error.ts';

type Command = { default: (argv: string[]) => Promise<number> };
// Note: each command is imported only when run, so `extract` does not pay for loading Eleventy.
const COMMANDS: Record<string, () => Promise<Command>> = {
  build: () => import('./commands/build.ts'),
  serve: () => import('./commands/serve.ts'),
  extract: () => import('./commands/extract.ts'),
  explain: () => import('./commands/explain.ts'),
  archive: () => import('./commands/archive.ts'),
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  const load = COMMANDS[command];
  try {
    if (!load) throw new UsageError(`unknown command "${command}"`);
    return await (await load()).default(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`broadsheet: ${err.message}\nRun "broadsheet help" for usage.\n`);
      return 2;
    }
    if (err instanceof InputError || err instanceof ConfigError || err instanceof BuildError) {
      process.stderr.write(`broadsheet: ${err.message}\n`);
      return 1;
    }
    process.stderr.write(`broadsheet: internal error: ${(err as Error)?.stack ?? err}\n`);
    return 1;
  }
}
