/**
 * What the staff forms check before sending (the server checks again and has the last word:
 * server/auth/accountRules.ts holds the same numbers).
 */

/** A shorter first or reset password is refused by the server. */
export const MIN_PASSWORD_CHARS = 8
