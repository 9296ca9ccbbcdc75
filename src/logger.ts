/** One structured logger for the process (pino: JSON lines, cheap, levels from LOG_LEVEL). */
import pino from 'pino';

export function createLogger(level: string): pino.Logger {
  return pino({ level, base: { service: 'news-knowledge-graph' } });
}

export type Logger = pino.Logger;
