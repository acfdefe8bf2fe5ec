import fs from 'node:fs';
import path from 'node:path';

export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

// Anything that looks like a credential is blanked before it reaches a log line.
const SECRET_KEYS = /token|secret|password|authorization|cookie/i;
const BEARER = /(bearer\s+)[\w.~+/=-]+/gi;

function redact(value: unknown, depth = 0): unknown {
  if (depth > 4) return '…';
  if (value instanceof Error) return { name: value.name, message: redactText(value.message), stack: value.stack && redactText(value.stack) };
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : redact(v, depth + 1)]),
    );
  }
  return value;
}

function redactText(text: string): string {
  return text.replace(BEARER, '$1[redacted]').replace(/([?&](?:token|access_token)=)[^&\s]+/gi, '$1[redacted]');
}

/** Writes JSON lines to `<dataDir>/logs/paginawacht.log` and warnings/errors to stderr. */
export function createLogger(logDir: string | null, options: { quiet?: boolean } = {}): Logger {
  let stream: fs.WriteStream | null = null;
  if (logDir) {
    try {
      fs.mkdirSync(logDir, { recursive: true });
      stream = fs.createWriteStream(path.join(logDir, 'paginawacht.log'), { flags: 'a', mode: 0o600 });
      stream.on('error', () => {
        stream = null;
      });
    } catch {
      stream = null;
    }
  }
  const write = (level: string, message: string, data?: Record<string, unknown>) => {
    const line = { at: new Date().toISOString(), level, message: redactText(message), ...(data ? { data: redact(data) } : {}) };
    stream?.write(`${JSON.stringify(line)}\n`);
    if (level !== 'info' && !options.quiet) process.stderr.write(`[paginawacht] ${level}: ${line.message}\n`);
  };
  return {
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}
