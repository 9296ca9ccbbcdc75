/**
 * One structured logger for the process (pino: JSON lines, cheap, levels from LOG_LEVEL). LOG_FORMAT picks JSON
 * (for a log pipeline) or pino-pretty's one-line human form (for a terminal); `auto` is pretty exactly when
 * stdout is a terminal, so `npm start` in a shell reads well and the same command under a supervisor writes JSON.
 */
import pino from 'pino';
import pretty from 'pino-pretty';
import type { LogFormat } from './config';

/**
 * The access line's fields (src/http/access-log.ts) that its message already shows: pino-pretty leaves them out
 * of the human form (they stay in JSON), so a request is one short line there.
 */
const SHOWN_IN_MESSAGE = ['method', 'path', 'status', 'operation', 'outcome', 'durationMs', 'roundTrips'];

export interface LoggerOptions {
  format?: LogFormat;
  /** Where lines go instead of stdout (tests capture them here). */
  destination?: pino.DestinationStream;
  /** Whether stdout is a terminal, for `auto` (defaults to process.stdout.isTTY). */
  isTerminal?: boolean;
}

export function usesPrettyFormat(format: LogFormat, isTerminal: boolean = process.stdout.isTTY === true): boolean {
  return format === 'pretty' || (format === 'auto' && isTerminal);
}

export function createLogger(level: string, { format = 'json', destination, isTerminal }: LoggerOptions = {}): pino.Logger {
  const options: pino.LoggerOptions = { level, base: { service: 'news-knowledge-graph' } };
  if (usesPrettyFormat(format, isTerminal)) {
    // In-process and synchronous: the pretty form is for a person at a terminal, where a worker thread
    // (pino.transport) buys nothing, and a line written before `process.exit` is never lost.
    const stream = pretty({
      sync: true,
      colorize: destination === undefined && pretty.isColorSupported,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: ['pid', 'hostname', 'service', ...SHOWN_IN_MESSAGE].join(','),
      singleLine: true,
      ...(destination ? { destination: destination as NodeJS.WritableStream } : {}),
    });
    return pino(options, stream);
  }
  return destination ? pino(options, destination) : pino(options);
}

export type Logger = pino.Logger;
