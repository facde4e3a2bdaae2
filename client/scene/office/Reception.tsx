/**
 * The reception desk (drawn on its obstacle box, so collision matches) and the StormPeak sign:
 * a slate banner hanging above the desk, facing the entrance, and the name on the desk front.
 */
import { RECEPTION, WALL_HEIGHT_M } from '../../../shared/showroom'
import { Label } from '../label/Label'
import { PALETTE } from '../palette'
import { box, cyl, merge } from '../robots/parts'
import { obstacle } from './layout'

const desk = obstacle('reception-desk')
const KICK_H = 0.1
const TOP_H = 0.05
const BANNER = { y: 3.05, z: RECEPTION.z - 0.2, w: 5.2, h: 1.05, d: 0.08 } as const
const WOOD = '#d2b48c'

/** The desk and the banner board: part of the office's merged fixtures. */
export function receptionGeometry() {
  const w = desk.maxX - desk.minX
  const d = desk.maxZ - desk.minZ
  const cx = (desk.minX + desk.maxX) / 2
  const cz = (desk.minZ + desk.maxZ) / 2
  const bodyH = desk.height - KICK_H - TOP_H
  const peak = (r: number, x: number, y: number, color: string) =>
    cyl(r, r, 0.02, color, [x, y, BANNER.z + BANNER.d / 2 + 0.01], [-Math.PI / 2, 0, 0], 3)
  return merge(
    box([w - 0.08, KICK_H, d - 0.08], PALETTE.slate, [cx, KICK_H / 2, cz]),
    box([w, bodyH, d], PALETTE.plastic, [cx, KICK_H + bodyH / 2, cz]),
    box([w, TOP_H, d], WOOD, [cx, desk.height - TOP_H / 2, cz]),
    box([w, 0.04, 0.01], PALETTE.signal, [cx, KICK_H + bodyH * 0.82, desk.maxZ + 0.005]),
    box([0.55, 0.34, 0.03], PALETTE.slateDark, [cx - 0.6, desk.height + 0.27, desk.minZ + 0.3]),
    box([0.06, 0.12, 0.06], PALETTE.slate, [cx - 0.6, desk.height + 0.06, desk.minZ + 0.3]),
    box([BANNER.w, BANNER.h, BANNER.d], PALETTE.slate, [RECEPTION.x, BANNER.y, BANNER.z]),
    box([BANNER.w, 0.05, BANNER.d + 0.01], PALETTE.signal, [
      RECEPTION.x,
      BANNER.y - BANNER.h / 2,
      BANNER.z,
    ]),
    ...[-1, 1].map((s) =>
      cyl(
        0.012,
        0.012,
        WALL_HEIGHT_M - BANNER.y,
        PALETTE.metal,
        [RECEPTION.x + s * (BANNER.w / 2 - 0.4), (WALL_HEIGHT_M + BANNER.y) / 2, BANNER.z],
        undefined,
        6,
      ),
    ),
    peak(0.34, RECEPTION.x - 1.95, BANNER.y + 0.08, PALETTE.signal),
    peak(0.22, RECEPTION.x - 1.68, BANNER.y + 0.01, PALETTE.signalSoft),
  )
}

export function ReceptionSign() {
  const front = BANNER.z + BANNER.d / 2 + 0.01
  return (
    <group name="reception-sign">
      <Label
        weight={700}
        fontSize={0.56}
        color="#ffffff"
        letterSpacing={-0.01}
        position={[RECEPTION.x + 0.3, BANNER.y + 0.1, front]}
      >
        StormPeak
      </Label>
      <Label
        weight={400}
        fontSize={0.15}
        color={PALETTE.signalSoft}
        letterSpacing={0.12}
        position={[RECEPTION.x + 0.3, BANNER.y - 0.3, front]}
      >
        ROBOTICS SHOWROOM
      </Label>
      <Label
        weight={700}
        fontSize={0.2}
        color={PALETTE.slate}
        position={[RECEPTION.x, KICK_H + (desk.height - KICK_H) * 0.45, desk.maxZ + 0.012]}
      >
        StormPeak · Welcome
      </Label>
    </group>
  )
}
