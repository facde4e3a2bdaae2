import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Each file gets its own process: Colyseus keeps a process-wide matchmaker.
    pool: 'forks',
    // Software WebGL in headless Chromium renders a few frames a second: browser steps are slow.
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
})
