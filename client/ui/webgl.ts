/** Whether this browser can draw the 3D showroom (WebGL2, or WebGL as a fallback). */
export function hasWebGL(): boolean {
  if (new URLSearchParams(location.search).has('plain')) return false
  try {
    const canvas = document.createElement('canvas')
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'))
  } catch {
    return false
  }
}
