/** Progress on long inputs: a bar redrawn in place on a terminal, a line every few seconds
 * otherwise (logs, CI). */
import type { CliIO } from './command.ts';

export function progressReporter(io: CliIO, label: string, intervalMs = 2000) {
  let last = 0;
  return (p: {
    done: number;
    total: number;
    bytesDone: number;
    bytesTotal: number;
    current: string;
  }) => {
    const share =
      p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : p.total > 0 ? p.done / p.total : 1;
    const pct = Math.round(share * 100);
    if (io.stderr.isTTY) {
      const width = 30;
      const filled = Math.round(share * width);
      io.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% ${p.done}/${p.total} ${p.current.slice(-30)}\x1b[K`,
      );
      if (p.done === p.total) io.stderr.write('\n');
      return;
    }
    const t = Date.now();
    if (p.done === p.total || t - last >= intervalMs) {
      last = t;
      io.stderr.write(
        `${label}: ${p.done}/${p.total} files, ${pct}% of ${(p.bytesTotal / 1e6).toFixed(1)} MB\n`,
      );
    }
  };
}
