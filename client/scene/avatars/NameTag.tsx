/**
 * A name above an avatar, always facing the camera; staff carry a "StormPeak staff" line in
 * orange. One sprite (one draw call) with the text drawn on a canvas.
 */
import { useEffect, useMemo } from 'react'
import { SpriteMaterial, type Group } from 'three'
import { isStaffRole } from '../../../shared/protocolNames'
import type { Member } from '../../net/store'
import type { TextLine } from '../label/textCanvas'
import { useTextTexture } from '../label/useTextTexture'
import { PALETTE } from '../palette'

export interface NameTagProps {
  member: Member
  mine: boolean
  register: (group: Group | null) => void
}

/** The bottom of the tag: above the head (1.82 m) with a little air. */
const TAG_HEIGHT_M = 2.0
/** Tags are read small and far: fewer texels than signs. */
const TAG_EM_PX = 64
const OUTLINE = { width: 0.014, color: '#ffffff' }

export function NameTag({ member, mine, register }: NameTagProps) {
  const staff = isStaffRole(member.role)
  const lines: TextLine[] = [
    { text: member.name, weight: 700, size: 0.2, color: mine ? PALETTE.signal : PALETTE.text },
  ]
  if (staff) {
    const title = member.role === 'supervisor' ? 'StormPeak supervisor' : 'StormPeak staff'
    lines.push({ text: title, weight: 600, size: 0.15, color: PALETTE.signal })
  }
  const { texture, width, height } = useTextTexture(
    { lines, outline: OUTLINE, emPx: TAG_EM_PX },
    `${member.name}|${member.role}|${mine}`,
  )
  const material = useMemo(
    () =>
      new SpriteMaterial({ map: texture, transparent: true, depthWrite: false, toneMapped: false }),
    [texture],
  )
  useEffect(() => () => material.dispose(), [material])
  return (
    <group ref={register}>
      <sprite
        material={material}
        position-y={TAG_HEIGHT_M}
        center={[0.5, 0]}
        scale={[width, height, 1]}
      />
    </group>
  )
}
