/**
 * Draws lines of Inter onto a 2D canvas, for a texture: our signs and name tags are a few words
 * each, so a canvas beats an SDF text engine (troika, ~46 kB gzip of the first load) and draws
 * in one call. Sizes are in metres; `emPx` sets the texture's sharpness.
 */

export interface TextLine {
  text: string
  weight: 400 | 600 | 700
  /** Font size (the em) in metres. */
  size: number
  color: string
  /** Extra space between letters, in ems (as drei's `letterSpacing`). */
  letterSpacing?: number
}

export interface TextSpec {
  lines: readonly TextLine[]
  /** A halo that keeps the text readable on any background. */
  outline?: { width: number; color: string }
  /** Wrap lines longer than this (metres). */
  maxWidth?: number
  /** Pixels per em of the largest line: sharpness against memory. */
  emPx?: number
}

export interface DrawnText {
  canvas: HTMLCanvasElement
  /** World size of the canvas, in metres. */
  width: number
  height: number
}

/** Line height, in ems: Inter's comfortable leading. */
const LEADING = 1.2

const fontOf = (l: TextLine, px: number) => `${l.weight} ${px}px Inter, system-ui, sans-serif`

function wrap(ctx: CanvasRenderingContext2D, text: string, maxPx: number): string[] {
  const out: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word
    if (line && ctx.measureText(next).width > maxPx) {
      out.push(line)
      line = word
    } else line = next
  }
  return line ? [...out, line] : out
}

export function drawText(spec: TextSpec): DrawnText {
  const pxPerM = (spec.emPx ?? 96) / Math.max(...spec.lines.map((l) => l.size))
  const pad = Math.ceil((spec.outline?.width ?? 0) * pxPerM) + 2
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')!
  const setFont = (l: TextLine) => {
    ctx.font = fontOf(l, l.size * pxPerM)
    ctx.letterSpacing = `${(l.letterSpacing ?? 0) * l.size * pxPerM}px`
  }
  const rows = spec.lines.flatMap((l) => {
    setFont(l)
    const texts = spec.maxWidth ? wrap(ctx, l.text, spec.maxWidth * pxPerM) : [l.text]
    return texts.map((text) => ({ line: l, text, w: ctx.measureText(text).width }))
  })
  canvas.width = Math.ceil(Math.max(...rows.map((r) => r.w)) + pad * 2)
  canvas.height = Math.ceil(rows.reduce((h, r) => h + r.line.size * LEADING * pxPerM, 0) + pad * 2)
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.lineJoin = 'round'
  let y = pad
  for (const { line, text } of rows) {
    const h = line.size * LEADING * pxPerM
    setFont(line)
    if (spec.outline) {
      ctx.strokeStyle = spec.outline.color
      ctx.lineWidth = spec.outline.width * 2 * pxPerM
      ctx.strokeText(text, canvas.width / 2, y + h / 2)
    }
    ctx.fillStyle = line.color
    ctx.fillText(text, canvas.width / 2, y + h / 2)
    y += h
  }
  return { canvas, width: canvas.width / pxPerM, height: canvas.height / pxPerM }
}
