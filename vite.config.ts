import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The client is served by the game server on one port in production; in `npm run dev` Vite serves
// it with hot reload and proxies the API and WebSocket to the server.
const SERVER = `http://localhost:${process.env.PORT ?? 2567}`

export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [react()],
  resolve: { alias: { '@assets': new URL('./assets', import.meta.url).pathname } },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': SERVER,
      '/healthz': SERVER,
      '/matchmake': { target: SERVER, ws: true },
      '^/[a-zA-Z0-9_-]+/[a-zA-Z0-9_-]+\\?': { target: SERVER, ws: true },
    },
  },
})
