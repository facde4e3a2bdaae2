/**
 * Serves the built client (Vite's dist/client) on the game server's port. `/`, `/staff` and
 * `/kiosk` are the same single-page app: the path picks the front door.
 */
import express, { type Application } from 'express'
import fs from 'node:fs'
import path from 'node:path'

const FRONT_DOORS = ['/', '/staff', '/kiosk']

export function staticClient(app: Application, clientDir: string): void {
  const index = path.join(clientDir, 'index.html')
  if (!fs.existsSync(index)) {
    throw new Error(`No built client at ${clientDir}: run "npm run build" first.`)
  }
  // Hashed asset names never change content, so browsers may keep them for a year.
  app.use(
    '/assets',
    express.static(path.join(clientDir, 'assets'), { immutable: true, maxAge: '1y' }),
  )
  app.use(express.static(clientDir, { index: false }))
  for (const door of FRONT_DOORS) {
    app.get(door, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache')
      res.sendFile(index)
    })
  }
}
