// The window at scale, in Chromium: 2,000 roles and 100 live sessions from the real core. Measures the first
// render (median of several loads), scripting time per 1 Hz tick and the JS heap, against the same renderer built
// with a naive one-interval-per-row clock (bench/naive-clock.ts) in the same run. Both are built from the renderer
// config in electron.vite.config.ts, as `npm run build` builds the window that ships (its plugins, target,
// minification and Content-Security-Policy), only into a directory of their own. The core's state
// snapshot is served beside the page and fetched by a stand-in bridge, as quick as Electron's IPC:
// Playwright's binding transport (hundreds of ms for this much state) is the e2e tests' stand-in
// for IPC, and is not what is measured here.
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test'
import { resolveConfig } from 'electron-vite'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, mergeConfig } from 'vite'
import { serveDirectory } from '../e2e/host/static-server'
import { channels, events } from '../src/shared/channels'
import { dispatch } from '../src/main/core/ipc-router'
import { ALICE, startWorld, type World } from '../test/support/world'
import { line, median } from './report'

const ACCOUNTS = 100
const ROLES_PER_ACCOUNT = 20
const SESSIONS = 100
const TICK_SECONDS = 10
/** First-render samples per variant. */
const LOADS = 5
const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url))

interface Figures {
  firstRenderMs: number
  tickScriptMs: number
  heapMb: number
}

async function buildVariant(name: 'shared' | 'naive'): Promise<string> {
  const outDir = path(`../.bench-tmp/renderer-${name}`)
  const { config } = await resolveConfig({ configFile: path('../electron.vite.config.ts'), mode: 'production' }, 'build', 'production')
  const renderer = config?.renderer
  if (!renderer) throw new Error('electron.vite.config.ts has no renderer config')
  await build(
    mergeConfig(renderer, {
      logLevel: 'silent',
      resolve: name === 'naive' ? { alias: [{ find: /^\.\/clock$/, replacement: path('./naive-clock.ts') }] } : {},
      build: { outDir, emptyOutDir: true }
    })
  )
  return outDir
}

function bigConfig(): string {
  const lines = ['[profile base]', 'region = us-east-1', '']
  for (let a = 0; a < ACCOUNTS; a++) {
    for (let r = 0; r < ROLES_PER_ACCOUNT; r++) {
      lines.push(`[profile acct${a}-role${r}]`, `role_arn = ${roleArn(a, r)}`, 'source_profile = base', '')
    }
  }
  return lines.join('\n')
}

const roleArn = (a: number, r: number) => `arn:aws:iam::${String(200000000000 + a)}:role/Role${r}`

interface OpenWindow {
  page: Page
  cdp: CDPSession
  /** From navigation start until the window is usable. */
  renderedMs: number
  close(): Promise<void>
}

/** Loads the window in a fresh page (its own context, so nothing is cached) and waits until it is usable. */
async function openWindow(browser: Browser, dir: string): Promise<OpenWindow> {
  const page = await browser.newPage({ viewport: { width: 400, height: 640 } })
  await page.addInitScript(
    ({ methods, subscriptions }) => {
      const bridge: Record<string, unknown> = Object.fromEntries([
        ...methods.map((m) => [m, async () => ({ ok: true, value: null })]),
        // Nothing is ever pushed: the window shows the one state it fetches.
        ...subscriptions.map((s) => [s, () => () => undefined])
      ])
      bridge.getState = async () => ({ ok: true, value: await (await fetch('state.json')).json() })
      ;(window as unknown as { rolecall: unknown }).rolecall = bridge
    },
    { methods: Object.values(channels), subscriptions: Object.values(events) }
  )
  // Stamps, from inside the page, the moment the window is usable: the Sessions list tells assistive tech it holds
  // every session (it is virtualized, so only those in view are in the DOM), and its first session and the first
  // role are rendered.
  await page.addInitScript((count) => {
    new MutationObserver((_m, observer) => {
      const session = document.querySelector('ul[aria-label="Sessions"] > li[aria-posinset="1"]')
      const role = document.querySelector('ul[aria-label="Roles"] > li[aria-posinset="1"]')
      if (session?.getAttribute('aria-setsize') === String(count) && role) {
        ;(window as unknown as { __rendered: number }).__rendered = performance.now()
        observer.disconnect()
        console.log('bench:rendered')
      }
    }).observe(document, { childList: true, subtree: true })
  }, SESSIONS)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const server = await serveDirectory(dir)
  // Told by a console message rather than polled, as polling would inject Playwright's script into the page while
  // it is starting, and its run on the main thread would be counted as the renderer's.
  const rendered = page.waitForEvent('console', { predicate: (message) => message.text() === 'bench:rendered' })
  await page.goto(server.url)
  await rendered
  const renderedMs = await page.evaluate(() => (window as unknown as { __rendered: number }).__rendered)
  return {
    page,
    cdp,
    renderedMs,
    async close() {
      await server.close()
      await page.close()
    }
  }
}

async function measure(browser: Browser, world: World, dir: string): Promise<Figures> {
  writeFileSync(join(dir, 'state.json'), JSON.stringify(world.core.state()))
  // One load varies by tens of ms on a busy machine, so the median of several counts; a first, unrecorded load
  // takes the browser's own warm-up, which would otherwise fall on whichever variant is measured first.
  await (await openWindow(browser, dir)).close()
  let opened = await openWindow(browser, dir)
  const loads = [opened.renderedMs]
  while (loads.length < LOADS) {
    await opened.close()
    opened = await openWindow(browser, dir)
    loads.push(opened.renderedMs)
  }
  // The last load stays open for the tick and the heap.
  const { page, cdp } = opened
  const script = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000
  }
  await page.waitForTimeout(2000)
  const before = await script()
  await page.waitForTimeout(TICK_SECONDS * 1000)
  const tickScriptMs = ((await script()) - before) / TICK_SECONDS
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const heapMb = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024 / 1024
  await opened.close()
  return { firstRenderMs: median(loads), tickScriptMs, heapMb }
}

export async function rendererAtScale(): Promise<string[]> {
  const [shared, naive] = [await buildVariant('shared'), await buildVariant('naive')]
  const world = await startWorld({ config: bigConfig() })
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
  })
  try {
    for (let i = 0; i < SESSIONS; i++) {
      const a = i % ACCOUNTS
      const r = Math.floor(i / ACCOUNTS)
      world.sts.addRole({ arn: roleArn(a, r), trustedPrincipals: [ALICE.arn], maxSessionDuration: 43200 })
      const result = (await dispatch(world.core.handlers, 'roles:assume', { roleId: `profile:acct${a}-role${r}` })) as { ok: boolean }
      if (!result.ok) throw new Error(`could not assume acct${a}-role${r}: ${JSON.stringify(result)}`)
    }
    const subject = await measure(browser, world, shared)
    const baseline = await measure(browser, world, naive)
    return [
      line({ name: 'renderer-first-render', value: subject.firstRenderMs, unit: 'ms', baseline: baseline.firstRenderMs }),
      line({ name: 'renderer-tick-script', value: subject.tickScriptMs, unit: 'ms', baseline: baseline.tickScriptMs }),
      line({ name: 'renderer-js-heap', value: subject.heapMb, unit: 'MB', baseline: baseline.heapMb })
    ]
  } finally {
    await browser.close()
    await world.close()
  }
}
