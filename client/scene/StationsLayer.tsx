/** The five robot stations; the one the local avatar stands at lights its ring. */
import { useFrame } from '@react-three/fiber'
import { stationNear } from '../../shared/rules'
import { STATIONS } from '../../shared/showroom'
import { localPlayer } from './player/localPlayer'
import { ROBOTS } from './robots'
import { Station } from './stations/Station'
import { useShowroom } from '../net/store'
import { useView, viewActions } from './viewStore'

export function StationsLayer() {
  const near = useView((s) => s.nearStation)
  const demos = useShowroom((s) => s.demos)
  useFrame(() => {
    if (!localPlayer.ready) return
    viewActions.setNear(stationNear(localPlayer)?.id)
  })
  return (
    <group name="stations">
      {STATIONS.map((station) => {
        const Robot = ROBOTS[station.id]
        return (
          <group
            key={station.id}
            onClick={(e) => {
              e.stopPropagation()
              viewActions.pick(station.id)
            }}
          >
            <Station station={station} near={near === station.id}>
              <Robot
                stationId={station.id}
                running={demos[station.id]?.running}
                mode={demos[station.id]?.mode}
                turn={demos[station.id]?.turn}
                startedAt={demos[station.id]?.startedAt}
              />
            </Station>
          </group>
        )
      })}
    </group>
  )
}
