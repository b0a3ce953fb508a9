/**
 * Progress for long builds: a bar that redraws itself on a terminal; in CI (no TTY) a plain line at
 * each quarter, so logs stay short. Small builds print nothing.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr, minTotal = 300): (stage: string, done: number, total: number) => void {
  let lastQuarter = -1;
  let lastDraw = 0;
  return (stage, done, total) => {
    if (total < minTotal) return;
    if (stream.isTTY) {
      const now = Date.now();
      if (done < total && now - lastDraw < 100) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r${stage} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}${done >= total ? '\n' : ''}`);
    } else {
      const quarter = Math.floor((done / total) * 4);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        stream.write(`broadsheet: ${stage} ${done}/${total}\n`);
      }
    }
  };
}
