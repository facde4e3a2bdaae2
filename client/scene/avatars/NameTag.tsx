/** A name above an avatar, always facing the camera; staff carry a "StormPeak" line in orange. */
import { Billboard, Text } from '@react-three/drei'
import type { Group } from 'three'
import { isStaffRole } from '../../../shared/protocolNames'
import type { Member } from '../../net/store'
import { FONT_SEMIBOLD } from '../fonts'
import { PALETTE } from '../palette'

export interface NameTagProps {
  member: Member
  mine: boolean
  register: (group: Group | null) => void
}

/** Above the head (1.82 m) with a little air. */
const TAG_HEIGHT_M = 2.05

export function NameTag({ member, mine, register }: NameTagProps) {
  const staff = isStaffRole(member.role)
  return (
    <group ref={register}>
      <Billboard position={[0, TAG_HEIGHT_M, 0]}>
        <Text
          font={FONT_SEMIBOLD}
          fontSize={0.2}
          color={mine ? PALETTE.signal : PALETTE.text}
          outlineWidth={0.018}
          outlineColor="#ffffff"
          anchorY="bottom"
        >
          {member.name}
        </Text>
        {staff && (
          <Text
            font={FONT_SEMIBOLD}
            fontSize={0.13}
            color={PALETTE.signal}
            outlineWidth={0.012}
            outlineColor="#ffffff"
            anchorY="top"
            position={[0, -0.02, 0]}
          >
            {member.role === 'supervisor' ? 'StormPeak supervisor' : 'StormPeak staff'}
          </Text>
        )}
      </Billboard>
    </group>
  )
}
