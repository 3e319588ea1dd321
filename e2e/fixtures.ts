// Playwright fixtures: a fresh test world (local STS, AWS home, real core) and the renderer hosted on it.
import { test as base } from '@playwright/test'
import { ManualClock } from '../test/support/manual-clock'
import { startWorld, type World, type WorldOptions } from '../test/support/world'
import { hostRenderer, type Host } from './host/browser-host'

export const test = base.extend<{ world: World; host: Host; worldOptions: WorldOptions; manualClock: boolean }>({
  worldOptions: [{}, { option: true }],
  /** Drive the core, the local STS and the page from one hand-moved clock. */
  manualClock: [false, { option: true }],
  world: async ({ worldOptions, manualClock }, use) => {
    const world = await startWorld({ ...worldOptions, ...(manualClock ? { clock: new ManualClock() } : {}) })
    await use(world)
    await world.close()
  },
  host: async ({ page, world }, use) => {
    if (world.clock) await page.clock.install({ time: world.clock.now() })
    const host = await hostRenderer(page, world.core)
    void world.core.refreshSource()
    await use(host)
    await host.close()
  }
})

export { expect } from '@playwright/test'
