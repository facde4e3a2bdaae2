/** A short two-tone chime for a new request, made with WebAudio (no sound file to ship). */
let audio: AudioContext | undefined

export function chime(): void {
  try {
    audio ??= new AudioContext()
    if (audio.state === 'suspended') void audio.resume() // browsers allow it after a click
    const t = audio.currentTime
    for (const [i, hz] of [880, 1320].entries()) {
      const osc = audio.createOscillator()
      const gain = audio.createGain()
      osc.frequency.value = hz
      gain.gain.setValueAtTime(0.0001, t + i * 0.18)
      gain.gain.exponentialRampToValueAtTime(0.2, t + i * 0.18 + 0.02)
      gain.gain.exponentialRampToValueAtTime(0.0001, t + i * 0.18 + 0.3)
      osc.connect(gain).connect(audio.destination)
      osc.start(t + i * 0.18)
      osc.stop(t + i * 0.18 + 0.32)
    }
  } catch {
    // No audio in this browser: the visible alert is still there.
  }
}
