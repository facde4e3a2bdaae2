/**
 * The environment map that gives metal and plastic their sheen: a few glowing panels (roof lights,
 * a warm window, a cool entrance, an orange ring) captured once into a PMREM. Our own few lines
 * instead of drei's <Environment>, which would bring its HDR/EXR loaders into the bundle although
 * we load no files.
 */
import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import {
  Color,
  DoubleSide,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  PMREMGenerator,
  RingGeometry,
  Scene,
} from 'three'
import { PALETTE } from '../palette'

const ENVIRONMENT_INTENSITY = 0.7

interface Panel {
  color: string
  intensity: number
  position: [number, number, number]
  rotation: [number, number, number]
  scale: [number, number]
  ring?: boolean
}

const PANELS: Panel[] = [
  ...[-6, 0, 6].map((x): Panel => ({
    color: '#ffffff',
    intensity: 2.2,
    position: [x, 6, 0],
    rotation: [Math.PI / 2, 0, 0],
    scale: [4, 10],
  })),
  { color: '#ffd2b0', intensity: 1.4, position: [0, 2, -9], rotation: [0, 0, 0], scale: [20, 3] },
  {
    color: '#dfe8ff',
    intensity: 1,
    position: [0, 2, 9],
    rotation: [0, Math.PI, 0],
    scale: [20, 3],
  },
  {
    color: '#ffffff',
    intensity: 0.8,
    position: [9, 2, 0],
    rotation: [0, -Math.PI / 2, 0],
    scale: [12, 3],
  },
  {
    color: PALETTE.signalSoft,
    intensity: 1.5,
    position: [-9, 3, 0],
    rotation: [0, Math.PI / 2, 0],
    scale: [2, 2],
    ring: true,
  },
]

function studio(): Scene {
  const scene = new Scene()
  scene.background = new Color('#c9ced6')
  for (const p of PANELS) {
    const geometry = p.ring ? new RingGeometry(0.5, 1, 48) : new PlaneGeometry(1, 1)
    const material = new MeshBasicMaterial({
      color: new Color(p.color).multiplyScalar(p.intensity),
      side: DoubleSide,
      toneMapped: false,
    })
    const mesh = new Mesh(geometry, material)
    mesh.position.set(...p.position)
    mesh.rotation.set(...p.rotation)
    mesh.scale.set(p.scale[0], p.scale[1], 1)
    scene.add(mesh)
  }
  return scene
}

export function StudioEnvironment() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  useEffect(() => {
    const source = studio()
    const pmrem = new PMREMGenerator(gl)
    const target = pmrem.fromScene(source, 0.04)
    scene.environment = target.texture
    scene.environmentIntensity = ENVIRONMENT_INTENSITY
    pmrem.dispose()
    source.traverse((o) => {
      if (o instanceof Mesh) {
        o.geometry.dispose()
        ;(o.material as MeshBasicMaterial).dispose()
      }
    })
    return () => {
      scene.environment = null
      target.dispose()
    }
  }, [gl, scene])
  return null
}
