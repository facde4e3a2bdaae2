/** A texture of drawn text (textCanvas.ts), made when the text changes and disposed after. */
import { use, useEffect, useMemo } from 'react'
import { CanvasTexture, SRGBColorSpace } from 'three'
import { interReady } from './fontsReady'
import { drawText, type TextSpec } from './textCanvas'

/** Signs are read at an angle: a little anisotropic filtering keeps them crisp. */
const ANISOTROPY = 4

export function useTextTexture(spec: TextSpec, key: string) {
  use(interReady())
  // `key` stands for the spec's content: callers build the spec inline on every render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const drawn = useMemo(() => makeTexture(spec), [key])
  useEffect(() => () => drawn.texture.dispose(), [drawn])
  return drawn
}

function makeTexture(spec: TextSpec) {
  const { canvas, width, height } = drawText(spec)
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  texture.anisotropy = ANISOTROPY
  return { texture, width, height }
}
