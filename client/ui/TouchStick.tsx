/**
 * A touch joystick for phones and tablets: drag inside the ring to walk. It pushes the same
 * camera-relative input as the keyboard (scene/player/input.ts).
 */
import { useRef, useState, type PointerEvent } from 'react'
import { virtualStick } from '../scene/player/input'
import { stopTour } from '../scene/tour/tour'

/** Radius of the ring in CSS pixels: a thumb's comfortable reach. */
const RADIUS_PX = 48

export function TouchStick() {
  const origin = useRef<{ x: number; y: number } | null>(null)
  const [knob, setKnob] = useState({ x: 0, y: 0 })
  const move = (e: PointerEvent) => {
    if (!origin.current) return
    let dx = e.clientX - origin.current.x
    let dy = e.clientY - origin.current.y
    const len = Math.hypot(dx, dy)
    if (len > RADIUS_PX) {
      dx = (dx / len) * RADIUS_PX
      dy = (dy / len) * RADIUS_PX
    }
    setKnob({ x: dx, y: dy })
    virtualStick.right = dx / RADIUS_PX
    virtualStick.forward = -dy / RADIUS_PX
  }
  const end = () => {
    origin.current = null
    setKnob({ x: 0, y: 0 })
    virtualStick.right = 0
    virtualStick.forward = 0
  }
  return (
    <div
      className="touch-stick"
      role="application"
      aria-label="Walk: drag inside the ring"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId)
        const box = e.currentTarget.getBoundingClientRect()
        origin.current = { x: box.left + box.width / 2, y: box.top + box.height / 2 }
        stopTour()
        move(e)
      }}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
    >
      <span className="touch-knob" style={{ transform: `translate(${knob.x}px, ${knob.y}px)` }} />
    </div>
  )
}
