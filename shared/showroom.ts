/**
 * The floor plan of the StormPeak showroom, in metres. The origin is the centre of the hall,
 * +x points east, +z points south (towards the entrance), y is up. The server uses it for
 * collision and zones, the client to build the scene: positions are never hard-coded elsewhere.
 */

export interface Vec2 {
  x: number
  z: number
}

/** An axis-aligned box on the floor that nobody can walk through. */
export interface Obstacle {
  id: string
  minX: number
  maxX: number
  minZ: number
  maxZ: number
  /** How tall it is drawn (metres); collision is 2D. */
  height: number
  kind: 'wall' | 'glass' | 'desk' | 'plinth' | 'furniture'
}

export type StationId = 'arm' | 'quadruped' | 'amr' | 'drone' | 'cobot'

export interface Station {
  id: StationId
  /** Product name as shown on the sign. */
  name: string
  /** The robot's centre. */
  position: Vec2
  /** Where the sign stands and where a visitor should stand to watch, facing the robot. */
  viewpoint: Vec2
  /** Radius of the low platform (metres). */
  platformRadius: number
}

/** Inside walls, measured to the inner face of the outer walls. */
export const FLOOR = { minX: -18, maxX: 18, minZ: -13, maxZ: 13 } as const

export const WALL_HEIGHT_M = 4.2 // a tall hall that feels open
export const WALL_THICKNESS_M = 0.3

/** Collision radius of every avatar: a shoulder-width person. */
export const AVATAR_RADIUS_M = 0.3

/** Entering this distance of a station's centre starts a visit of that station (dwell time). */
export const STATION_ZONE_RADIUS_M = 4.2
/** Close enough to interact: the glow ring lights and the spec card opens. */
export const STATION_INTERACT_RADIUS_M = 3.6

/** Half the side of the square plinth that keeps people off a robot's working area. */
const PLINTH_HALF_M = 1.5

export const STATIONS: readonly Station[] = [
  {
    id: 'arm',
    name: 'Atlas-6',
    position: { x: -11, z: -6 },
    viewpoint: { x: -11, z: -2.6 },
    platformRadius: 2.3,
  },
  {
    id: 'quadruped',
    name: 'Ridge',
    position: { x: -2.5, z: -7 },
    viewpoint: { x: -2.5, z: -3.6 },
    platformRadius: 2.3,
  },
  {
    id: 'amr',
    name: 'Hauler',
    position: { x: 6.5, z: -6.5 },
    viewpoint: { x: 6.5, z: -2.5 },
    platformRadius: 2.6,
  },
  {
    id: 'drone',
    name: 'Kestrel',
    position: { x: 13, z: -2 },
    viewpoint: { x: 9.4, z: -0.6 },
    platformRadius: 2.3,
  },
  {
    id: 'cobot',
    name: 'Mate',
    position: { x: -11, z: 4 },
    viewpoint: { x: -7.6, z: 4 },
    platformRadius: 2.3,
  },
]

export const RECEPTION = { x: 0, z: 8.5, width: 4.4, depth: 1.1 } as const
export const MEETING_CORNER = { x: 12.5, z: 8 } as const
export const ENTRANCE = { x: 0, z: 12.6 } as const

function plinth(s: Station): Obstacle {
  const { x, z } = s.position
  return {
    id: `plinth-${s.id}`,
    minX: x - PLINTH_HALF_M,
    maxX: x + PLINTH_HALF_M,
    minZ: z - PLINTH_HALF_M,
    maxZ: z + PLINTH_HALF_M,
    height: 0.25,
    kind: 'plinth',
  }
}

export const OBSTACLES: readonly Obstacle[] = [
  {
    id: 'reception-desk',
    minX: RECEPTION.x - RECEPTION.width / 2,
    maxX: RECEPTION.x + RECEPTION.width / 2,
    minZ: RECEPTION.z - RECEPTION.depth / 2,
    maxZ: RECEPTION.z + RECEPTION.depth / 2,
    height: 1.1,
    kind: 'desk',
  },
  // A glass partition sets the meeting corner apart; the gap at its west end is the way in.
  { id: 'meeting-glass', minX: 8.5, maxX: 18, minZ: 4.4, maxZ: 4.6, height: 2.4, kind: 'glass' },
  {
    id: 'meeting-table',
    minX: 12,
    maxX: 14,
    minZ: 7.4,
    maxZ: 8.6,
    height: 0.75,
    kind: 'furniture',
  },
  ...STATIONS.map(plinth),
]

/** Where newcomers appear: just inside the entrance, spread so they do not stack. */
export const SPAWN_POINTS: readonly Vec2[] = [
  { x: -1.5, z: 11.2 },
  { x: 0, z: 11.6 },
  { x: 1.5, z: 11.2 },
  { x: -3, z: 11.6 },
  { x: 3, z: 11.6 },
]

/** Where staff appear when they sign in: beside the meeting corner. */
export const STAFF_SPAWN: Vec2 = { x: 10.5, z: 10.5 }

export interface TourStop {
  at: Vec2
  /** What the caption says on arrival. */
  caption: string
  stationId?: StationId
}

/** The guided tour: entrance, reception, every station, then the meeting corner. */
export const TOUR: readonly TourStop[] = [
  { at: { x: 0, z: 10.8 }, caption: 'Welcome to StormPeak. Five robots are working today.' },
  ...STATIONS.map((s) => ({
    at: s.viewpoint,
    caption: `${s.name}: press Try it to drive the demo.`,
    stationId: s.id,
  })),
  { at: { x: 10.5, z: 6.8 }, caption: 'The meeting corner: a StormPeak engineer meets you here.' },
]

/** Staff wear the slate uniform (with an orange badge, drawn by the client). */
export const STAFF_UNIFORM_COLOR = '#2b3a55'
/** Colours a visitor can pick; the first free one is the default. */
export const VISITOR_COLORS = [
  '#3a86ff',
  '#2ec4b6',
  '#8338ec',
  '#e63946',
  '#06a77d',
  '#f4a261',
  '#ff006e',
  '#8d99ae',
] as const
