/**
 * Station spec cards. The defaults ship in assets/content/stations.json; the live copy is what
 * `GET /api/content/stations` serves, so staff edits reach visitors without a redeploy.
 */
import fs from 'node:fs'
import path from 'node:path'
import { StationCards } from '../../shared/content'

export const DEFAULT_CONTENT_FILE = path.resolve('assets/content/stations.json')

export function loadStationCards(file = DEFAULT_CONTENT_FILE): StationCards {
  const parsed = StationCards.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new Error(`${file} is not valid station content: ${parsed.error.issues[0]?.message}`)
  }
  return parsed.data
}
