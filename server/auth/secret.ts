/**
 * The signing secret for staff and visitor tokens: AUTH_SECRET from the environment (several
 * processes must share it), or a random key generated into DATA_DIR/secret.key on first start,
 * readable by the owner only. Losing it signs everyone out and makes returning visitors new.
 */
import { randomBytes } from 'node:crypto'
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const SECRET_FILE = 'secret.key'
/** HS256 wants at least 256 bits of key. */
const SECRET_BYTES = 32
const MIN_ENV_SECRET_CHARS = 32

export function loadSecret(dataDir: string, env: NodeJS.ProcessEnv = process.env): Uint8Array {
  const fromEnv = env.AUTH_SECRET
  if (fromEnv) {
    if (fromEnv.length < MIN_ENV_SECRET_CHARS) {
      throw new Error(`AUTH_SECRET must be at least ${MIN_ENV_SECRET_CHARS} characters`)
    }
    return new TextEncoder().encode(fromEnv)
  }
  const file = path.join(dataDir, SECRET_FILE)
  mkdirSync(dataDir, { recursive: true })
  // Written aside, then linked into place: link fails if the file exists, so two processes
  // starting together agree on the first one's key and neither ever reads a half-written file.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
  writeFileSync(draft, randomBytes(SECRET_BYTES).toString('base64url'), { mode: 0o600 })
  try {
    linkSync(draft, file)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
  } finally {
    unlinkSync(draft)
  }
  const text = readFileSync(file, 'utf8').trim()
  if (text.length < MIN_ENV_SECRET_CHARS) throw new Error(`${file} is empty or damaged`)
  return new TextEncoder().encode(text)
}
