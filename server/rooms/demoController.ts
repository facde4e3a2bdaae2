/** Runs the robot demos of one room: applies *Try it* / stop to the board, mirrors it in the state. */
import type { Client } from '@colyseus/core'
import type { DemoQueueMsg, Inbound } from '../../shared/protocol'
import { STATIONS, type StationId } from '../../shared/showroom'
import { StationDemo, type ShowroomState } from '../../shared/state'
import { DemoBoard, type Driver } from '../showroom/demoBoard'
import { ClientError } from './messageTable'

export class DemoController {
  private board: DemoBoard
  private turns = new Map<StationId, number>()

  constructor(
    private state: ShowroomState,
    private now: () => number,
    private findClient: (sessionId: string) => Client | undefined,
    turnMs?: number,
  ) {
    this.board = new DemoBoard(
      STATIONS.map((s) => s.id),
      turnMs,
    )
    for (const s of STATIONS) {
      this.state.stations.set(s.id, new StationDemo())
      this.sync(s.id)
    }
  }

  try(client: Client, who: Driver, msg: Inbound<'try'>): void {
    const result = this.board.try(msg.stationId, who, msg.mode, this.now())
    if (result.kind === 'invalid-mode') {
      throw new ClientError('INVALID', `"${msg.mode}" is not something this robot does.`)
    }
    this.sync(msg.stationId, result.kind === 'driving')
    const position = result.kind === 'queued' ? result.position : 0
    this.tellPosition(msg.stationId, client.sessionId, position)
  }

  stop(client: Client, msg: Inbound<'stop-demo'>): void {
    if (this.board.stop(msg.stationId, client.sessionId, this.now())) this.changed([msg.stationId])
    this.tellPosition(msg.stationId, client.sessionId, 0)
  }

  left(sessionId: string): void {
    this.changed(this.board.leave(sessionId, this.now()))
  }

  tick(): void {
    this.changed(this.board.tick(this.now()))
  }

  private changed(ids: StationId[]) {
    for (const id of ids) {
      const driverBefore = this.state.stations.get(id)?.driverSession
      this.sync(id)
      const s = this.board.stations.get(id)!
      if (s.driver && s.driver.sessionId !== driverBefore) this.newTurn(id)
      s.queue.forEach((d, i) => this.tellPosition(id, d.sessionId, i + 1))
    }
  }

  private newTurn(id: StationId) {
    const demo = this.state.stations.get(id)!
    this.turns.set(id, (this.turns.get(id) ?? 0) + 1)
    demo.turn = this.turns.get(id)!
    this.tellPosition(id, demo.driverSession, 0)
  }

  private sync(id: StationId, restart = false) {
    const s = this.board.stations.get(id)!
    const demo = this.state.stations.get(id)!
    demo.running = !!s.driver
    demo.mode = s.mode
    demo.driver = s.driver?.name ?? ''
    demo.driverSession = s.driver?.sessionId ?? ''
    demo.turnMs = Math.max(0, s.endsAt - s.startedAt)
    demo.startedAt = s.driver ? s.startedAt : 0
    demo.waiting = Math.min(255, s.queue.length)
    if (restart && s.driver) {
      this.turns.set(id, (this.turns.get(id) ?? 0) + 1)
      demo.turn = this.turns.get(id)!
    }
  }

  private tellPosition(stationId: StationId, sessionId: string, position: number) {
    const msg: DemoQueueMsg = { stationId, position }
    this.findClient(sessionId)?.send('demo-queue', msg)
  }
}
