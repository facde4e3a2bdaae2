/** Conversions between the caller's clock values, stored epoch milliseconds and ISO strings. */
import type { Time } from './types'

export const toMs = (t: Time): number => (typeof t === 'number' ? t : t.getTime())

export const toIso = (ms: number): string => new Date(ms).toISOString()

export const toIsoOrNull = (ms: number | null): string | null => (ms === null ? null : toIso(ms))

/** Kysely drivers differ in how they return integers: PostgreSQL bigint may arrive as a string. */
export const num = (v: number | string | bigint): number => Number(v)

export const numOrNull = (v: number | string | bigint | null): number | null =>
  v === null ? null : Number(v)
