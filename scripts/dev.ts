/**
 * `npm run dev`: Vite with hot reload for the client (http://localhost:5173) and the game server
 * restarting on change (node --watch), proxied by Vite on one origin.
 */
import { spawn } from 'node:child_process'

const children = [
  spawn('node', ['--watch', '--import', 'tsx', 'server/main.ts'], {
    stdio: 'inherit',
    env: { ...process.env, SERVE_CLIENT: '0' },
  }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
]

const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of children) child.on('exit', (code) => code && stop())
