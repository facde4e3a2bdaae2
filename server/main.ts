/** Process entry: read the environment, build the services, listen, and shut down cleanly. */
import { RedisDriver } from '@colyseus/redis-driver'
import { RedisPresence } from '@colyseus/redis-presence'
import { createServer } from './app'
import { buildServices } from './bootstrap'
import { readConfig } from './config'
import { createLogger, describeError } from './logger'

const logger = createLogger()

async function main() {
  const config = readConfig()
  // `npm run dev` lets Vite serve the client with hot reload instead.
  const clientDir = process.env.SERVE_CLIENT === '0' ? undefined : config.clientDir
  const running = await buildServices(config, logger)
  // REDIS_URL: this process is one of several serving one showroom (docs/ARCHITECTURE.md).
  const scaleOut = config.redisUrl
    ? { presence: new RedisPresence(config.redisUrl), driver: new RedisDriver(config.redisUrl) }
    : undefined
  const server = createServer(running.services, { clientDir, scaleOut })
  await server.listen(config.port, config.host)
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host
  process.stdout.write(`StormPeak Showroom is open at http://${shown}:${config.port}\n`)
  if ((await running.services.store!.listStaff()).length === 0) {
    // No default password, ever: the first supervisor is created on purpose.
    process.stdout.write(
      'No staff accounts yet. Create the first supervisor with:\n' +
        '  npm run staff -- add --email you@example.com --name "Your Name" --role supervisor --password "…"\n',
    )
  }

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info('shutting down', { signal })
    try {
      await server.gracefullyShutdown(false)
      await running.close()
    } catch (err) {
      logger.error('shutdown failed', describeError(err))
    }
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
}

main().catch((err: unknown) => {
  logger.error('failed to start', describeError(err))
  process.exit(1)
})
