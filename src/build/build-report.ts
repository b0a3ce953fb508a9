/**
 * The build report: what happened to every input file, for the console and for
 * `.broadsheet/report.json` (kept outside the deployed site).
 */
import type { Problem } from '../record.ts';

export type FileOutcome =
  | { file: string; status: 'page'; url: string; warnings: string[] }
  | { file: string; status: 'duplicate'; mergedInto: string; url: string }
  | { file: string; status: 'error'; message: string }
  | { file: string; status: 'ignored'; message: string };

export interface BuildReport {
  content: string;
  output: string;
  articles: number;
  /** Pages of the site, of which `written` were (re)written and `unchanged` kept from the last build. */
  pages: number;
  written: number;
  unchanged: number;
  /** Pages of vanished articles or topics removed. */
  removed: number;
  /** Files extracted afresh; the others came from the cache. */
  extracted: number;
  fromCache: number;
  /** The pages written, when there are at most 100 of them (an incremental rebuild). */
  writtenUrls: string[];
  peakRssMb: number;
  /** The process's peak RSS (MB) at the end of each stage: the stage where it jumps is the one to slim. */
  peakRssByStage?: Record<string, number>;
  files: FileOutcome[];
  problems: Problem[];
  timings: Record<string, number>;
}

export function countProblems(report: BuildReport): { errors: number; warnings: number } {
  return {
    errors: report.problems.filter((p) => p.level === 'error').length,
    warnings: report.problems.filter((p) => p.level === 'warning').length,
  };
}

/** A few plain lines for the console: counts, then every warning and error with its file. */
export function formatReport(report: BuildReport): string {
  const { errors, warnings } = countProblems(report);
  const dups = report.files.filter((f) => f.status === 'duplicate').length;
  const lines = [
    `broadsheet: ${report.articles} articles → ${report.pages} pages in ${report.output} ` +
      `(${report.written} written, ${report.unchanged} unchanged, ${report.removed} removed; ` +
      `${report.extracted} files extracted, ${report.fromCache} from cache)` +
      (dups ? `, ${dups} duplicates merged` : '') + `, ${warnings} warnings, ${errors} errors`,
  ];
  for (const p of report.problems) {
    if (p.level === 'info') continue;
    lines.push(`  ${p.level}: ${p.file}: ${p.message} (${p.action})`);
  }
  const t = Object.entries(report.timings).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}s`).join(', ');
  if (t) lines.push(`  time: ${t}`);
  return lines.join('\n');
}
