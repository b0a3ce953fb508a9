/**
 * The content folder → the list of files to read, in a fixed order (code-point order of the relative
 * path, whatever the file system returns), plus a Problem for everything that is not an article.
 * Symbolic links are followed once; a link loop or an unreadable folder is reported, never fatal.
 * Every entry of the folder is either listed or named in a Problem (a skipped folder once, as a whole).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import type { Problem } from '../record.ts';

export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown']);
/** Files in the content folder that configure the build rather than hold an article. */
// Note: `.broadsheet-urls.json` is the URL ledger the build writes (build/link-records URL_LEDGER);
// listed here so that every build does not report its own file as a stray hidden file.
export const CONFIG_FILES = new Set(['aliases.yml', 'aliases.yaml', 'broadsheet.config.json', '.broadsheet-urls.json', '.urls.json']);

export interface FileStat { size: number; mtimeMs: number }

export interface ContentListing {
  /** Relative paths (forward slashes) of article files. */
  files: string[];
  problems: Problem[];
  /**
   * Each article file's size and modification time as listed: the build's later steps (is the site up
   * to date? which records are cached?) take them from here instead of asking again (each pass over
   * 16,000 files costs ~0.1 s), and so all see the folder as it was at one moment.
   */
  stats: Map<string, FileStat>;
}

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ELOOP') return 'symbolic link loop';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'ENOENT') return 'broken symbolic link or vanished file';
  return e?.message ?? String(err);
}

export function listContentFiles(root: string): ContentListing {
  const files: string[] = [];
  const problems: Problem[] = [];
  const stats = new Map<string, FileStat>();
  const seenDirs = new Set<string>();

  const walk = (dirAbs: string, dirRel: string): void => {
    let real: string;
    try {
      real = realpathSync(dirAbs);
    } catch (err) {
      problems.push({ file: dirRel || '.', level: 'error', message: `cannot open folder: ${errorText(err)}`, action: 'skipped' });
      return;
    }
    if (seenDirs.has(real)) {
      problems.push({ file: dirRel, level: 'warning', message: 'folder reached twice through a symbolic link (loop)', action: 'skipped' });
      return;
    }
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(dirAbs);
    } catch (err) {
      problems.push({ file: dirRel || '.', level: 'error', message: `cannot read folder: ${errorText(err)}`, action: 'skipped' });
      return;
    }
    names.sort();
    for (const name of names) {
      const rel = dirRel ? `${dirRel}/${name}` : name;
      const abs = join(dirAbs, name);
      let st;
      try {
        st = statSync(abs);
      } catch (err) {
        problems.push({ file: rel, level: 'error', message: `cannot read: ${errorText(err)}`, action: 'skipped' });
        continue;
      }
      if (st.isDirectory()) {
        // Hidden folders (.git, .cache) and node_modules are never content; each is named once in
        // the report (not file by file), so that articles kept in a `.drafts/` folder are not
        // silently missing from the site.
        if (name.startsWith('.') || name === 'node_modules') {
          problems.push({ file: rel, level: 'info', message: `${name === 'node_modules' ? 'node_modules' : 'hidden'} folder, not read`, action: 'ignored' });
          continue;
        }
        walk(abs, rel);
      } else if (!st.isFile()) {
        problems.push({ file: rel, level: 'info', message: 'not a regular file', action: 'ignored' });
      } else if (!dirRel && CONFIG_FILES.has(name)) {
        continue;
      } else if (name.startsWith('.')) {
        problems.push({ file: rel, level: 'info', message: 'hidden file, not an article', action: 'ignored' });
      } else if (!ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) {
        problems.push({ file: rel, level: 'info', message: `not an article file (${extname(name) || 'no extension'}; articles are .txt or .md)`, action: 'ignored' });
      } else {
        files.push(rel);
        stats.set(rel, { size: st.size, mtimeMs: st.mtimeMs });
      }
    }
  };
  walk(root, '');
  files.sort();
  return { files, problems, stats };
}
