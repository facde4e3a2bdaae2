/**
 * Staff accounts from the command line, in the store the environment configures (DATA_DIR,
 * DATABASE_URL), so the first supervisor can exist before anyone can sign in:
 *   npm run staff -- add --email E --name N --role rep|supervisor --password P
 *   npm run staff -- list
 *   npm run staff -- deactivate --email E
 *   npm run staff -- set-password --email E --password P
 * Exit codes: 0 done, 1 refused (email taken, no such account, store failure), 2 bad arguments.
 * Arguments are checked before the store is opened, so a typo never creates a data directory.
 */
import { parseArgs } from 'node:util'
import { EMAIL_PATTERN, MIN_PASSWORD_CHARS } from '../auth/accountRules'
import { hashPassword } from '../auth/password'
import { readConfig } from '../config'
import { DuplicateEmailError, openStore, type CrmStore } from '../crm'
import { createLogger } from '../logger'

const USAGE = `usage:
  staff add --email E --name N --role rep|supervisor --password P
  staff list
  staff deactivate --email E
  staff set-password --email E --password P`
class UsageError extends Error {}
class Refused extends Error {}

type Flags = { email?: string; name?: string; role?: string; password?: string }
type Action = (store: CrmStore) => Promise<string>

function need(flags: Flags, name: keyof Flags): string {
  const value = flags[name]?.trim()
  if (!value) throw new UsageError(`missing --${name}`)
  if (name === 'email' && !EMAIL_PATTERN.test(value)) throw new UsageError(`not an email: ${value}`)
  if (name === 'password' && value.length < MIN_PASSWORD_CHARS) {
    throw new UsageError(`--password must be at least ${MIN_PASSWORD_CHARS} characters`)
  }
  return name === 'password' ? flags.password! : value
}

async function accountId(store: CrmStore, email: string): Promise<string> {
  const account = await store.getStaffByEmail(email)
  if (!account) throw new Refused(`no staff account with the email ${email}`)
  return account.id
}

function add(flags: Flags): Action {
  const [email, name, role, password] = [
    need(flags, 'email'),
    need(flags, 'name'),
    need(flags, 'role'),
    need(flags, 'password'),
  ]
  if (role !== 'rep' && role !== 'supervisor') {
    throw new UsageError(`--role must be rep or supervisor, got ${role}`)
  }
  return async (store) => {
    const passwordHash = await hashPassword(password)
    try {
      const s = await store.createStaff({ email, name, role, passwordHash, at: Date.now() })
      return `added ${s.role} ${s.name} <${s.email}> (${s.id})`
    } catch (err) {
      throw err instanceof DuplicateEmailError ? new Refused(err.message) : err
    }
  }
}

const list: Action = async (store) => {
  const rows = (await store.listStaff()).map((s) =>
    [
      s.id,
      s.email,
      s.name,
      s.role,
      s.active ? 'active' : 'inactive',
      new Date(s.createdAt).toISOString(),
    ].join('\t'),
  )
  return rows.length > 0 ? rows.join('\n') : 'no staff accounts yet'
}

function deactivate(flags: Flags): Action {
  const email = need(flags, 'email')
  return async (store) => {
    await store.deactivateStaff(await accountId(store, email))
    return `deactivated ${email}`
  }
}

function setPassword(flags: Flags): Action {
  const [email, password] = [need(flags, 'email'), need(flags, 'password')]
  return async (store) => {
    await store.setStaffPassword(await accountId(store, email), await hashPassword(password))
    return `password changed for ${email}`
  }
}

function parse(argv: string[]): Action {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
    },
  })
  const [command, ...extra] = positionals
  if (extra.length > 0) throw new UsageError(`unexpected ${extra.join(' ')}`)
  if (command === 'add') return add(values)
  if (command === 'list') return list
  if (command === 'deactivate') return deactivate(values)
  if (command === 'set-password') return setPassword(values)
  throw new UsageError(`unknown command ${command ?? '(none)'}`)
}

async function main(argv: string[]): Promise<void> {
  const action = parse(argv)
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn')
  const store = await openStore({ ...readConfig(), logger })
  try {
    console.log(await action(store))
  } finally {
    await store.close()
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (err: unknown) => {
    // parseArgs reports unknown or malformed options with an ERR_PARSE_ARGS_* code.
    const parseError = String((err as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')
    if (err instanceof UsageError || parseError) {
      console.error(`staff: ${(err as Error).message}\n${USAGE}`)
      process.exit(2)
    }
    console.error(`staff: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  },
)
