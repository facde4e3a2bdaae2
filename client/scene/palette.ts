/** Brand colours (PRODUCT.md, "The look"): deep slate blue, signal orange for what you can touch. */
export const PALETTE = {
  slate: '#2b3a55',
  slateDark: '#1c2740',
  slateLight: '#4a5d80',
  signal: '#ff7a1a',
  signalSoft: '#ffb27a',
  wall: '#f4f3ef',
  floor: '#d9d4cb',
  plaza: '#bdb6aa', // the forecourt's warm stone paving, a step darker than the hall floor
  wood: '#c8a97e',
  metal: '#b8bec7',
  plastic: '#eef0f3',
  glass: '#cfe3ee',
  text: '#1c2740',
} as const
