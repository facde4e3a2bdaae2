/** Developer preview: the showroom's look without a server (see scene/ShowcaseDemo.tsx). */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import ShowcaseDemo from './scene/ShowcaseDemo'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ShowcaseDemo />
  </StrictMode>,
)
