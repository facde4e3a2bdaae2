/**
 * Station cards as staff edited them: one row per station, the whole card as JSON text. Only the
 * edits live here; the shipped defaults stay in assets/content/stations.json. The store does not
 * judge a card (server/content validates it on the way in and again on the way out, so a row
 * written under an older schema cannot reach a visitor).
 */
import type { Kysely } from 'kysely'
import type { Database } from './schema'
import { num, toMs } from './time'
import type { Time } from './types'

type Db = Kysely<Database>

export interface StationCardRecord {
  stationId: string
  /** The parsed JSON as saved; the caller validates it. */
  card: unknown
  updatedAt: number
  /** The staff id of whoever saved it. */
  updatedBy: string
}

/** Inserts or replaces the station's card: the last save wins. */
export async function saveStationCard(
  db: Db,
  input: { stationId: string; card: unknown; by: string; at: Time },
): Promise<void> {
  const row = {
    stationId: input.stationId,
    card: JSON.stringify(input.card),
    updatedAt: toMs(input.at),
    updatedBy: input.by,
  }
  await db
    .insertInto('stationCards')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('stationId')
        .doUpdateSet({ card: row.card, updatedAt: row.updatedAt, updatedBy: row.updatedBy }),
    )
    .execute()
}

/** Every stored edit, by station id. */
export async function listStationCards(db: Db): Promise<StationCardRecord[]> {
  const rows = await db.selectFrom('stationCards').selectAll().orderBy('stationId').execute()
  return rows.map((r) => ({
    stationId: r.stationId,
    card: JSON.parse(r.card) as unknown,
    updatedAt: num(r.updatedAt),
    updatedBy: r.updatedBy,
  }))
}
