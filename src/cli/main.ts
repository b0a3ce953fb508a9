/**
 * `broadsheet <command>`: dispatch, and the one place that turns errors into exit codes.
 * Usage errors exit 2, input errors 1, both as one line without a stack trace.
 */
import { InputError, UsageError, USAGE } from './args.ts';
import { archiveCommand, buildCommand, explainCommand, extractCommand, serveCommand } from './commands.ts';
import { ConfigError } from '../render/site-config.ts';
import { BuildError } from '../build/run-build.ts';

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  build: buildCommand,
  serve: serveCommand,
  extract: extractCommand,
  explain: explainCommand,
  archive: archiveCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE + '\n');
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest);
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
