/**
 * What makes a staff account acceptable, shared by `npm run staff` (server/cli/staff.ts) and the
 * supervisor's `POST /api/staff` (server/http/staff.ts), so both front doors agree.
 */

/** Short enough to type at a trade-show stand, long enough not to be guessed in a lockout window. */
export const MIN_PASSWORD_CHARS = 8
/** The login route refuses longer passwords (scrypt work grows with the input). */
export const MAX_PASSWORD_CHARS = 1024
/** Loose on purpose: one @ with something either side and no spaces; the inbox is the real check. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/
/** RFC 5321's limit for a whole address. */
export const MAX_EMAIL_CHARS = 254
