/**
 * The server's logger: one JSON line per event on stdout, so logs stay greppable and machine-read.
 * LOG_LEVEL=silent|error|warn|info|debug (default info; tests use warn).
 */
export interface Logger {
  debug(msg: string, extra?: object): void
  info(msg: string, extra?: object): void
  warn(msg: string, extra?: object): void
  error(msg: string, extra?: object): void
}

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const
type Level = keyof typeof LEVELS

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  const threshold = LEVELS[(level in LEVELS ? level : 'info') as Level]
  const write = (lvl: Exclude<Level, 'silent'>, msg: string, extra?: object) => {
    if (LEVELS[lvl] < threshold) return
    const line = JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...extra })
    if (lvl === 'error' || lvl === 'warn') process.stderr.write(line + '\n')
    else process.stdout.write(line + '\n')
  }
  return {
    debug: (m, e) => write('debug', m, e),
    info: (m, e) => write('info', m, e),
    warn: (m, e) => write('warn', m, e),
    error: (m, e) => write('error', m, e),
  }
}

/** For errors caught in handlers: a message and a stack, never the raw object. */
export function describeError(err: unknown): { error: string; stack?: string } {
  if (err instanceof Error) return { error: err.message, stack: err.stack }
  return { error: String(err) }
}
