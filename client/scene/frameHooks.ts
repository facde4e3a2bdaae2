/** Extra steps that plug into the frame loop before the local avatar moves (e.g. the guided tour). */
export type BeforeStep = (dt: number, input: { forward: number; right: number }) => void

export const frameHooks = {
  beforeStep: new Set<BeforeStep>(),
}
