import { pino, type DestinationStream, type Logger } from 'pino';

/** The runtime's logger type (pino): JSON lines with `controller`, `kind`, `name`, `namespace`, `reconcileID`. */
export type RuntimeLogger = Logger;

/** Log level and where lines go (stdout by default; tests pass a stream to read them back). */
export interface LoggerOptions {
  level?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'silent';
  destination?: DestinationStream;
}

// Fields that could carry credentials if a caller ever passed them along; pino replaces their values.
const redact = ['*.token', '*.password', '*.authorization', '*.Authorization', '*.headers', 'token', 'password'];

/** A JSON logger as Flux controllers write them: `level`, `ts` (RFC 3339), `msg` plus the bound fields. */
export function createLogger(options: LoggerOptions = {}): RuntimeLogger {
  const config = {
    level: options.level ?? 'info',
    base: undefined,
    messageKey: 'msg',
    timestamp: () => `,"ts":"${new Date().toISOString()}"`,
    formatters: { level: (label: string) => ({ level: label }) },
    redact,
  };
  return options.destination ? pino(config, options.destination) : pino(config);
}
