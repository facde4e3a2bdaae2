/**
 * Every avatar in the room, drawn with instancing: five draw calls for the bodies whatever the
 * crowd size, plus a name tag each (hidden far away). React re-renders only when someone joins
 * or leaves; poses flow through refs in useFrame.
 */
import { useFrame } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { Color, Matrix4, type Group, type InstancedMesh } from 'three'
import { isStaffRole } from '../../../shared/protocolNames'
import { motion, type SampledPose } from '../../net/motion'
import { useShowroom } from '../../net/store'
import { PALETTE } from '../palette'
import { localPlayer } from '../player/localPlayer'
import { useView } from '../viewStore'
import { HIDDEN, bodyMatrix, geometries, legMatrix, type AvatarPose } from './avatarParts'
import { NameTag } from './NameTag'

/** Room capacity is 50; leave headroom for reps visiting from other rooms. */
const MAX_AVATARS = 128
/** Beyond this distance from the camera, name tags are hidden: unreadable and costly. */
const NAME_TAG_MAX_DISTANCE_M = 18
/** In a crowd only the nearest names are drawn (each tag costs draw calls): bench:client. */
const MAX_NAME_TAGS = 12

export function AvatarCrowd() {
  const members = useShowroom((s) => s.members)
  const mySessionId = useShowroom((s) => s.me?.sessionId)
  const ids = useMemo(() => Object.keys(members), [members])
  const torso = useRef<InstancedMesh>(null)
  const head = useRef<InstancedMesh>(null)
  const legL = useRef<InstancedMesh>(null)
  const legR = useRef<InstancedMesh>(null)
  const badge = useRef<InstancedMesh>(null)
  const tags = useRef(new Map<string, Group>())
  const poses = useRef(new Map<string, AvatarPose>())

  useEffect(() => {
    for (const id of poses.current.keys()) if (!members[id]) poses.current.delete(id)
  }, [members])

  /** Each member's colour, parsed once per membership change (not per frame). */
  const colours = useMemo(
    () => new Map(ids.map((id) => [id, new Color(members[id].color)])),
    [ids, members],
  )

  const sample: SampledPose = useMemo(() => ({ x: 0, z: 0, ry: 0, speed: 0 }), [])
  const nearTags = useMemo<{ tag: Group; d: number }[]>(() => [], [])
  const m = useMemo(() => new Matrix4(), [])

  useFrame(({ camera }, delta) => {
    const now = performance.now()
    const still = useView.getState().reducedMotion
    let n = 0
    nearTags.length = 0
    for (const id of ids) {
      const mine = id === mySessionId
      if (mine && localPlayer.ready) Object.assign(sample, localPlayer)
      else if (!motion.sample(id, now, sample)) continue
      const pose = poses.current.get(id) ?? { x: 0, z: 0, ry: 0, walked: 0, speed: 0 }
      pose.walked += sample.speed * Math.min(delta, 0.1)
      Object.assign(pose, { x: sample.x, z: sample.z, ry: sample.ry, speed: sample.speed })
      poses.current.set(id, pose)
      torso.current?.setMatrixAt(n, bodyMatrix(pose, m, still))
      // Instance n is whoever has a pose this frame (a newcomer may not yet): colour it here,
      // so a colour never lands on the neighbour's body.
      torso.current?.setColorAt(n, colours.get(id)!)
      head.current?.setMatrixAt(n, m)
      badge.current?.setMatrixAt(n, isStaffRole(members[id].role) ? m : HIDDEN)
      legL.current?.setMatrixAt(n, legMatrix(pose, -1, m))
      legR.current?.setMatrixAt(n, legMatrix(pose, 1, m))
      const tag = tags.current.get(id)
      if (tag) {
        tag.position.set(pose.x, 0, pose.z)
        tag.visible = false
        const d = mine ? 0 : camera.position.distanceTo(tag.position)
        if (d < NAME_TAG_MAX_DISTANCE_M) nearTags.push({ tag, d })
      }
      n++
    }
    if (nearTags.length > MAX_NAME_TAGS) nearTags.sort((a, b) => a.d - b.d)
    for (let i = 0; i < Math.min(MAX_NAME_TAGS, nearTags.length); i++)
      nearTags[i].tag.visible = true
    for (const mesh of [torso, head, legL, legR, badge]) {
      if (!mesh.current) continue
      mesh.current.count = n
      mesh.current.instanceMatrix.needsUpdate = true
    }
    if (torso.current?.instanceColor) torso.current.instanceColor.needsUpdate = true
  })

  const instanced = (
    ref: React.RefObject<InstancedMesh | null>,
    geometry: keyof typeof geometries,
    colour?: string,
  ) => (
    <instancedMesh
      ref={ref}
      args={[geometries[geometry], undefined, MAX_AVATARS]}
      frustumCulled={false}
      castShadow
    >
      <meshStandardMaterial color={colour} roughness={0.55} metalness={0.05} />
    </instancedMesh>
  )

  return (
    <group name="avatars">
      {instanced(torso, 'torso', '#ffffff')}
      {instanced(head, 'head', '#f3efe9')}
      {instanced(legL, 'leg', PALETTE.slateDark)}
      {instanced(legR, 'leg', PALETTE.slateDark)}
      {instanced(badge, 'badge', PALETTE.signal)}
      {ids.map((id) => (
        <NameTag
          key={id}
          member={members[id]}
          mine={id === mySessionId}
          register={(g) => (g ? tags.current.set(id, g) : tags.current.delete(id))}
        />
      ))}
    </group>
  )
}
