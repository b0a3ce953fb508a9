/** `broadsheet serve`: build, serve on localhost, rebuild on change. */
import { loadSiteConfig } from '../../render/site-config.ts';
import { parse, UsageError } from '../args.ts';
import { serveSite } from '../serve-site.ts';

export default async function serveCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { content: { type: 'string', default: 'content' }, out: { type: 'string', default: '_site' }, port: { type: 'string', default: '8080' } }, false);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`--port must be a port number, not "${values.port}"`);
  const config = loadSiteConfig(process.cwd());
  await serveSite({ contentDir: values.content!, outDir: values.out!, port, config });
  return 0;
}
