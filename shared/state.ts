/**
 * The public room state: what every client in the room receives. Presence only, never personal
 * data (no email, phone, notes, visitor ids or tokens): see docs/ARCHITECTURE.md.
 */
import { schema, t, type SchemaType } from '@colyseus/schema'
import { FLOOR } from './showroom'

// Positions are quantised to 16 bits over a range a little wider than the floor (~0.7 mm steps),
// half the bytes of a float32 and plenty for walking.
const POS_MARGIN_M = 2

export const Avatar = schema(
  {
    name: t.string(),
    role: t.string(),
    x: t.quantized({ min: FLOOR.minX - POS_MARGIN_M, max: FLOOR.maxX + POS_MARGIN_M }),
    z: t.quantized({ min: FLOOR.minZ - POS_MARGIN_M, max: FLOOR.maxZ + POS_MARGIN_M }),
    ry: t.angle(),
    /** The colour the visitor chose (#rrggbb); staff wear the uniform regardless. */
    color: t.string(),
  },
  'Avatar',
)
export type Avatar = SchemaType<typeof Avatar>

/** A robot demo as everyone in the room sees it. */
export const StationDemo = schema(
  {
    running: t.boolean(),
    mode: t.string(),
    /** Display name of who drives it now ('' when idle). */
    driver: t.string(),
    /** Session of the driver, so their client shows the controls. */
    driverSession: t.string(),
    /** Length of the current turn. */
    turnMs: t.uint32(),
    /**
     * When the current turn started, on the server's clock (epoch ms; 0 when idle). With the
     * server time in `welcome`, a client arriving mid-turn counts down and animates the robot
     * from the same moment of the routine as everyone who saw the turn start.
     */
    startedAt: t.float64(),
    /** Changes at each new turn, so clients restart their countdown. */
    turn: t.uint32(),
    /** People waiting for a turn. */
    waiting: t.uint8(),
  },
  'StationDemo',
)
export type StationDemo = SchemaType<typeof StationDemo>

export const ShowroomState = schema(
  {
    avatars: t.map(Avatar),
    stations: t.map(StationDemo),
  },
  'ShowroomState',
)
export type ShowroomState = SchemaType<typeof ShowroomState>
