/**
 * Progress for long builds: on a terminal, one line that updates (phase, done of total, time
 * left); elsewhere (CI, a log file), a plain line every 10%. Silent with DATELINE_QUIET=1 or
 * for fewer than 500 items.
 */
export interface Progress {
  update(done: number, total: number): void;
  done(message: string): void;
}

const MIN_ITEMS = 500;

export function createProgress(phase: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const quiet = /^(1|true|yes)$/i.test(process.env.DATELINE_QUIET ?? "");
  const interactive = Boolean(stream.isTTY) && !process.env.CI;
  const started = performance.now();
  let lastDraw = 0;
  let lastDecile = -1;
  let drewLine = false;

  const line = (done: number, total: number): string => {
    const elapsed = (performance.now() - started) / 1000;
    const left = done > 0 ? (elapsed / done) * (total - done) : 0;
    const percent = Math.floor((done / total) * 100);
    return `${phase}: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} (${percent}%), ${left.toFixed(0)} s left`;
  };

  return {
    update(done, total) {
      if (quiet || total < MIN_ITEMS) return;
      if (interactive) {
        const now = performance.now();
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        stream.write(`\r\x1b[2K${line(done, total)}`);
        drewLine = true;
      } else {
        const decile = Math.floor((done / total) * 10);
        if (decile > lastDecile && decile < 10) {
          lastDecile = decile;
          stream.write(`${line(done, total)}\n`);
        }
      }
    },
    done(message) {
      if (quiet) return;
      if (drewLine) stream.write("\r\x1b[2K");
      stream.write(`${phase}: ${message} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    },
  };
}
