/**
 * Keyboard input for walking: WASD and the arrow keys. Keys typed into a text field are not
 * walking. Reads as a vector in camera space: forward and right, each −1..1.
 */
const pressed = new Set<string>()
let listeners = 0

const FORWARD = ['KeyW', 'ArrowUp']
const BACK = ['KeyS', 'ArrowDown']
const LEFT = ['KeyA', 'ArrowLeft']
const RIGHT = ['KeyD', 'ArrowRight']
const WALK_KEYS = new Set([...FORWARD, ...BACK, ...LEFT, ...RIGHT])

function typing(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))
}

const onDown = (e: KeyboardEvent) => {
  if (typing(e) || !WALK_KEYS.has(e.code)) return
  pressed.add(e.code)
  e.preventDefault()
  for (const cb of anyKeyListeners) cb()
}
const onUp = (e: KeyboardEvent) => pressed.delete(e.code)
const onBlur = () => pressed.clear()

const anyKeyListeners = new Set<() => void>()

/** Called when any walking key goes down: e.g. to stop the guided tour or a click-walk. */
export function onWalkKey(cb: () => void): () => void {
  anyKeyListeners.add(cb)
  return () => anyKeyListeners.delete(cb)
}

/** Keys that move focus between controls: a keyboard user reaching "Stop the tour" uses them. */
const NAVIGATION_KEYS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta'])

/** Any key the visitor presses outside a text field (except focus navigation): e.g. to stop the tour. */
export function onAnyKey(cb: () => void): () => void {
  const listener = (e: KeyboardEvent) => {
    if (!typing(e) && !NAVIGATION_KEYS.has(e.key)) cb()
  }
  window.addEventListener('keydown', listener)
  return () => window.removeEventListener('keydown', listener)
}

/** A pointer that comes up further than this from where it went down was a drag, not a tap. */
const TAP_SLOP_PX = 8

/**
 * Any tap or click on the 3D view (a canvas), wherever it lands: floor, robot, wall or sky. A drag
 * (orbiting the camera) is not a tap. Taps on the overlay's buttons are theirs, not the scene's.
 */
export function onAnyTap(cb: () => void): () => void {
  let down: { x: number; y: number } | undefined
  const onPointerDown = (e: PointerEvent) => {
    down = e.target instanceof HTMLCanvasElement ? { x: e.clientX, y: e.clientY } : undefined
  }
  const onPointerUp = (e: PointerEvent) => {
    if (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) <= TAP_SLOP_PX) cb()
    down = undefined
  }
  window.addEventListener('pointerdown', onPointerDown, true)
  window.addEventListener('pointerup', onPointerUp, true)
  return () => {
    window.removeEventListener('pointerdown', onPointerDown, true)
    window.removeEventListener('pointerup', onPointerUp, true)
  }
}

export function attachKeyboard(): () => void {
  if (listeners++ === 0) {
    window.addEventListener('keydown', onDown)
    window.addEventListener('keyup', onUp)
    window.addEventListener('blur', onBlur)
  }
  return () => {
    if (--listeners === 0) {
      window.removeEventListener('keydown', onDown)
      window.removeEventListener('keyup', onUp)
      window.removeEventListener('blur', onBlur)
      pressed.clear()
    }
  }
}

const any = (codes: string[]) => codes.some((c) => pressed.has(c))

/** A touch joystick (or a test) can add its own push here, in the same camera space. */
export const virtualStick = { forward: 0, right: 0 }

export function readWalkInput(out: { forward: number; right: number }): void {
  out.forward = (any(FORWARD) ? 1 : 0) - (any(BACK) ? 1 : 0) + virtualStick.forward
  out.right = (any(RIGHT) ? 1 : 0) - (any(LEFT) ? 1 : 0) + virtualStick.right
  const len = Math.hypot(out.forward, out.right)
  if (len > 1) {
    out.forward /= len
    out.right /= len
  }
}
