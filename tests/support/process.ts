/**
 * The real server as its own process (`node --import tsx server/main.ts`), for tests that must
 * kill it the hard way. It serves no client (SERVE_CLIENT=0) and logs quietly.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { freePort } from './server'

export interface ServerProcess {
  url: string
  port: number
  child: ChildProcess
  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  kill(): Promise<void>
  stop(): Promise<void>
}

export async function spawnServer(dataDir: string, port?: number): Promise<ServerProcess> {
  const p = port ?? (await freePort())
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(p),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SERVE_CLIENT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const url = `http://127.0.0.1:${p}`
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`)
    if (Date.now() > deadline) throw new Error(`server not healthy within 30 s:\n${output}`)
    const ok = await fetch(`${url}/healthz`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) break
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    port: p,
    child,
    async kill() {
      child.kill('SIGKILL')
      await exited
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

/** Runs `npm run staff`'s script against a data directory. */
export async function addStaff(
  dataDir: string,
  account: { email: string; name: string; role: 'rep' | 'supervisor'; password: string },
): Promise<void> {
  const args = ['--import', 'tsx', 'server/cli/staff.ts', 'add']
  for (const [k, v] of Object.entries(account)) args.push(`--${k}`, v)
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  })
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`staff add exited with ${code}`)
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`login failed: ${res.status}`)
  return ((await res.json()) as { token: string }).token
}
