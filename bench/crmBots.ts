/**
 * The visitors of `npm run bench:crm`'s stall measurement, in their own process as real
 * visitors are: their decoding and sending must not be counted as the server's stall.
 *   node --import tsx bench/crmBots.ts <url> <count>
 * Joins `count` visitors, prints `ready` once all walk (a move each at 20 Hz), and leaves and
 * exits when its stdin closes. A line `summon` on stdin starts the summons: each visitor in turn
 * asks for a person and cancels half a period later, one summon per visitor every
 * SUMMON_PERIOD_MS (under the room's limit of one per 5 s), so the room's `summon` handler runs.
 */
import { Client } from '@colyseus/sdk'

const [url, countArg] = process.argv.slice(2)
const count = Number(countArg ?? 20)

// `welcome` arrives before a handler can be registered: the SDK would warn once per bot.
const warn = console.warn
console.warn = (...args: unknown[]) => {
  if (!String(args[0]).includes('onMessage() not registered')) warn(...args)
}
const rooms = await Promise.all(
  Array.from({ length: count }, (_, i) =>
    new Client(url).joinOrCreate('showroom', { name: `Bot ${i}` }),
  ),
)
for (const room of rooms) room.onMessage('*', () => undefined)
const walking = setInterval(() => {
  const t = performance.now() / 1000
  rooms.forEach((room, i) =>
    room.send('move', { x: Math.sin(t + i) * 4, z: 6 + Math.cos(t + i) * 2, ry: 0 }),
  )
}, 50)
process.stdout.write('ready\n')

/** Per visitor; the room allows a summon every 5 s after a burst of 3. */
const SUMMON_PERIOD_MS = 5500
const summoning: NodeJS.Timeout[] = []
function startSummons() {
  rooms.forEach((room, i) => {
    const cycle = () => {
      room.send('summon', { stationId: 'arm' })
      summoning.push(setTimeout(() => room.send('cancel-summon', {}), SUMMON_PERIOD_MS / 2))
    }
    const first = setTimeout(
      () => {
        cycle()
        summoning.push(setInterval(cycle, SUMMON_PERIOD_MS))
      },
      (i * SUMMON_PERIOD_MS) / count,
    )
    summoning.push(first)
  })
}

process.stdin.resume()
process.stdin.on('data', (d: Buffer) => {
  if (d.toString().includes('summon') && summoning.length === 0) startSummons()
})
process.stdin.on('end', async () => {
  clearInterval(walking)
  for (const timer of summoning) clearTimeout(timer)
  await Promise.all(rooms.map((r) => r.leave().catch(() => undefined)))
  process.exit(0)
})
