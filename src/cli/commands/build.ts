/** `broadsheet build`: the site from the content folder. */
import { loadSiteConfig } from '../../render/site-config.ts';
import { runBuild } from '../../build/run-build.ts';
import { countProblems, formatReport } from '../../build/build-report.ts';
import { parse } from '../args.ts';
import { progressReporter } from '../progress.ts';

const buildOptions = {
  content: { type: 'string', default: 'content' },
  out: { type: 'string', default: '_site' },
  'path-prefix': { type: 'string' },
  'site-url': { type: 'string' },
  strict: { type: 'boolean', default: false },
  full: { type: 'boolean', default: false },
} as const;

export default async function buildCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, buildOptions, false);
  const overrides: Record<string, string> = {};
  if (values['path-prefix'] !== undefined) overrides.pathPrefix = values['path-prefix'];
  if (values['site-url'] !== undefined) overrides.siteUrl = values['site-url'];
  const config = loadSiteConfig(process.cwd(), overrides);
  const report = await runBuild({ contentDir: values.content!, outDir: values.out!, stateDir: process.cwd(), config, full: values.full, onProgress: progressReporter() });
  process.stdout.write(formatReport(report) + '\n');
  const { errors, warnings } = countProblems(report);
  return values.strict && errors + warnings > 0 ? 1 : 0;
}

