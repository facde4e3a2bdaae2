/**
 * A name on the floor map, on a white pill so it stays readable over the plan's own labels. SVG
 * cannot size a box to its text without measuring it after drawing: the pill's width is estimated
 * from the number of characters (Inter's average advance is about 0.58 em).
 */
const TYPE_M = 0.7 // label type size, metres
const ADVANCE_EM = 0.58
const PAD_M = 0.25

export interface MapLabelProps {
  x: number
  /** The text's baseline. */
  y: number
  text: string
}

export function MapLabel({ x, y, text }: MapLabelProps) {
  const width = text.length * TYPE_M * ADVANCE_EM + 2 * PAD_M
  return (
    <g className="map-name">
      <rect
        x={x - width / 2}
        y={y - TYPE_M * 0.85}
        width={width}
        height={TYPE_M * 1.15}
        rx={TYPE_M * 0.3}
      />
      <text x={x} y={y} fontSize={TYPE_M}>
        {text}
      </text>
    </g>
  )
}
