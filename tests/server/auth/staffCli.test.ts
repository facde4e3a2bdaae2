import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { verifyPassword } from '../../../server/auth'
import { openStore } from '../../../server/crm'
import { createLogger } from '../../../server/logger'

const ROOT = path.resolve(import.meta.dirname, '../../..')
const dataDir = mkdtempSync(path.join(tmpdir(), 'stormpeak-cli-'))

function staff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // DATABASE_URL is cleared so the CLI writes to the temporary SQLite store, whatever the shell has.
  const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/cli/staff.ts', ...args],
      { cwd: ROOT, env },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code) : 0, stdout, stderr }),
    )
  })
}

describe('npm run staff', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

  it('adds an account to the store in DATA_DIR and lists it without the hash', async () => {
    const add = await staff(
      'add',
      '--email',
      'Sam@StormPeak.test',
      '--name',
      'Sam Lee',
      '--role',
      'supervisor',
      '--password',
      'hunter2hunter2',
    )
    expect(add).toMatchObject({ code: 0, stderr: '' })
    expect(add.stdout).toContain('added supervisor Sam Lee <sam@stormpeak.test>')

    const list = await staff('list')
    expect(list.code).toBe(0)
    expect(list.stdout).toMatch(/sam@stormpeak\.test\tSam Lee\tsupervisor\tactive/)
    expect(list.stdout).not.toContain('scrypt')

    const store = await openStore({ dataDir, logger: createLogger('silent') })
    const account = await store.getStaffByEmail('sam@stormpeak.test')
    expect(await verifyPassword('hunter2hunter2', account!.passwordHash)).toBe(true)
    await store.close()
  })

  it('refuses a second account with the same email', async () => {
    await staff(
      'add',
      '--email',
      'dup@x.test',
      '--name',
      'A',
      '--role',
      'rep',
      '--password',
      'password1',
    )
    const again = await staff(
      'add',
      '--email',
      'DUP@x.test',
      '--name',
      'B',
      '--role',
      'rep',
      '--password',
      'password1',
    )
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('already exists')
  })

  it.each([
    [
      ['add', '--email', 'a@x.test', '--name', 'A', '--role', 'admin', '--password', 'password1'],
      /--role must be rep or supervisor/,
    ],
    [['add', '--email', 'a@x.test', '--role', 'rep', '--password', 'password1'], /missing --name/],
    [
      ['add', '--email', 'not-an-email', '--name', 'A', '--role', 'rep', '--password', 'password1'],
      /not an email/,
    ],
    [
      ['add', '--email', 'a@x.test', '--name', 'A', '--role', 'rep', '--password', 'short'],
      /at least 8/,
    ],
    [['remove'], /unknown command remove/],
    [[], /unknown command/],
    [['list', '--colour'], /Unknown option/],
  ])('answers bad arguments %j with a message and exit code 2', async (args, message) => {
    const result = await staff(...args)
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stderr).toContain('usage:')
  })
})
