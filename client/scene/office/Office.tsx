/**
 * The showroom hall: concrete floor, white walls with the ridge behind the north windows, the
 * reception with the StormPeak sign, the meeting corner, and plants. Static pieces
 * are merged by material, so the whole office is about a dozen draw calls. Plinths are drawn by
 * the stations.
 */
import { useMemo } from 'react'
import { FLOOR, WALL_THICKNESS_M } from '../../../shared/showroom'
import { PALETTE } from '../palette'
import { MATTE, merge } from '../robots/parts'
import { floorMarksGeometry, plantGeometry } from './Decor'
import { MeetingGlass, meetingGeometry } from './MeetingCorner'
import { MountainView } from './MountainView'
import { plazaGeometry } from './Plaza'
import { ReceptionSign, receptionGeometry } from './Reception'
import { Walls } from './Walls'

const FLOOR_W = FLOOR.maxX - FLOOR.minX + 2 * WALL_THICKNESS_M
const FLOOR_D = FLOOR.maxZ - FLOOR.minZ + 2 * WALL_THICKNESS_M

export function Office() {
  const fixtures = useMemo(() => merge(receptionGeometry(), meetingGeometry(), plantGeometry()), [])
  const marks = useMemo(floorMarksGeometry, [])
  const plaza = useMemo(plazaGeometry, [])
  return (
    <group name="office">
      <mesh
        name="floor"
        rotation-x={-Math.PI / 2}
        position={[(FLOOR.minX + FLOOR.maxX) / 2, 0, (FLOOR.minZ + FLOOR.maxZ) / 2]}
        receiveShadow
      >
        <planeGeometry args={[FLOOR_W, FLOOR_D]} />
        <meshStandardMaterial color={PALETTE.floor} roughness={0.55} metalness={0} />
      </mesh>
      <mesh name="plaza" geometry={plaza} material={MATTE} receiveShadow />
      <mesh name="floor-marks" geometry={marks} material={MATTE} receiveShadow />
      <mesh name="fixtures" geometry={fixtures} material={MATTE} castShadow receiveShadow />
      <Walls />
      <MeetingGlass />
      <ReceptionSign />
      <MountainView />
    </group>
  )
}
