/** The five robots, one per station, keyed by station id. */
import type { ComponentType } from 'react'
import type { StationId } from '../../../shared/showroom'
import { AmrRobot } from './AmrRobot'
import { ArmRobot } from './ArmRobot'
import { CobotRobot } from './CobotRobot'
import { DroneRobot } from './DroneRobot'
import { QuadrupedRobot } from './QuadrupedRobot'
import type { RobotProps } from './robotFrame'

export type { RobotProps } from './robotFrame'

export const ROBOTS: Record<StationId, ComponentType<RobotProps>> = {
  arm: ArmRobot,
  quadruped: QuadrupedRobot,
  amr: AmrRobot,
  drone: DroneRobot,
  cobot: CobotRobot,
}
