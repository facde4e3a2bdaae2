/**
 * Flat text in the scene (signs, the reception banner): one textured quad, one draw call.
 * Takes the few drei `<Text>` props we used; the text is centred on `position`.
 */
import { useEffect, useMemo } from 'react'
import { MeshBasicMaterial, PlaneGeometry } from 'three'
import type { TextLine } from './textCanvas'
import { useTextTexture } from './useTextTexture'

export interface LabelProps {
  children: string
  weight: TextLine['weight']
  /** The em, in metres. */
  fontSize: number
  color: string
  letterSpacing?: number
  maxWidth?: number
  position?: [number, number, number]
}

export function Label(props: LabelProps) {
  const { children: text, weight, fontSize: size, color, letterSpacing, maxWidth } = props
  const { texture, width, height } = useTextTexture(
    { lines: [{ text, weight, size, color, letterSpacing }], maxWidth },
    [text, weight, size, color, letterSpacing, maxWidth].join('|'),
  )
  const geometry = useMemo(() => new PlaneGeometry(width, height), [width, height])
  const material = useMemo(
    () =>
      new MeshBasicMaterial({
        map: texture,
        transparent: true,
        depthWrite: false,
        toneMapped: false,
      }),
    [texture],
  )
  useEffect(() => () => geometry.dispose(), [geometry])
  useEffect(() => () => material.dispose(), [material])
  return <mesh geometry={geometry} material={material} position={props.position} />
}
