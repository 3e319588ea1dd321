// Playwright fixtures: a fresh test world (local STS, AWS home, real core) and the renderer hosted on it.
import { test as base } from '@playwright/test'
import { startWorld, type World } from '../test/support/world'
import { hostRenderer, type Host } from './host/browser-host'

export const test = base.extend<{ world: World; host: Host; worldOptions: Parameters<typeof startWorld>[0] }>({
  worldOptions: [{}, { option: true }],
  world: async ({ worldOptions }, use) => {
    const world = await startWorld(worldOptions)
    await use(world)
    await world.close()
  },
  host: async ({ page, world }, use) => {
    const host = await hostRenderer(page, world.core)
    void world.core.refreshSource()
    await use(host)
    await host.close()
  }
})

export { expect } from '@playwright/test'
