/**
 * A progress bar for long runs, on stderr, only for a person at a terminal: never in CI logs
 * (CI set), never when stderr is a file or a pipe, never with --quiet.
 */
import { Presets, SingleBar } from 'cli-progress';
import { printable } from './printable';

export interface Progress {
  update: (done: number, total: number, source: string) => void;
  stop: () => void;
}

export function progressWanted(
  enabled: boolean,
  stream: NodeJS.WriteStream = process.stderr,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  return enabled && Boolean(stream.isTTY) && !env.CI;
}

export function createProgress(options: { enabled: boolean; stream?: NodeJS.WriteStream }): Progress {
  const stream = options.stream ?? process.stderr;
  if (!progressWanted(options.enabled, stream)) return { update: () => {}, stop: () => {} };
  let bar: SingleBar | null = null;
  return {
    update(done, total, source) {
      if (!bar) {
        bar = new SingleBar(
          {
            stream,
            format: 'ingest [{bar}] {value}/{total} files | {eta_formatted} left | {file}',
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
          },
          Presets.shades_classic,
        );
        bar.start(total, 0, { file: '' });
      }
      const file = printable(source);
      bar.update(done, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}
