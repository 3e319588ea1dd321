// The window at scale, in Chromium: 2,000 roles and 100 live sessions from the real core. Measures the first
// render (median of several loads), scripting time per 1 Hz tick and the JS heap, against the same renderer built
// with a naive one-interval-per-row clock (bench/naive-clock.ts) in the same run. Both are built from the renderer
// config in electron.vite.config.ts, as `npm run build` builds the window that ships (its plugins, target,
// minification and Content-Security-Policy), only into a directory of their own. The core's state
// snapshot is served beside the page and fetched by a stand-in bridge, as quick as Electron's IPC:
// Playwright's binding transport (hundreds of ms for this much state) is the e2e tests' stand-in
// for IPC, and is not what is measured here. Nor is the harness's own work: Chromium is driven over a bare DevTools
// pipe (bench/devtools-pipe.ts), as the debugger Playwright keeps attached to every page makes React DOM's loading
// ~15 ms slower than in a window with no debugger, such as the app's; and headless Chromium's address-bar pop-ups,
// which it would start for every new window, are switched off (see the launch below).
import { resolveConfig } from 'electron-vite'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, mergeConfig } from 'vite'
import { serveDirectory } from '../e2e/host/static-server'
import { channels, events } from '../src/shared/channels'
import { dispatch } from '../src/main/core/ipc/ipc-router'
import { ALICE, startWorld, type World } from '../test/support/world'
import { launchChromium, type DevTools } from './devtools-pipe'
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
  /** Sends a command to the window's page. */
  page<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>): Promise<T>
  /** From navigation start until the window is usable. */
  renderedMs: number
  close(): Promise<void>
}

interface Metrics {
  metrics: { name: string; value: number }[]
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The page's title once the window is usable, followed by the moment it became so. */
const STAMP = 'bench:rendered '

/** Waits for the page's title to start with `prefix`; asked of the browser, so nothing runs in the page. */
async function titled(chromium: DevTools, targetId: string, prefix: string): Promise<string> {
  for (const giveUpAt = Date.now() + 30_000; Date.now() < giveUpAt; await wait(20)) {
    const { targetInfo } = await chromium.send<{ targetInfo: { title: string } }>('Target.getTargetInfo', { targetId })
    if (targetInfo.title.startsWith(prefix)) return targetInfo.title
  }
  throw new Error(`the window was not usable within 30 s (no "${prefix}" title)`)
}

/** A function and its argument as a script for Page.addScriptToEvaluateOnNewDocument. */
const script = <T>(run: (arg: T) => void, arg: T) => `(${run.toString()})(${JSON.stringify(arg)})`

/** Loads the window in a fresh page (its own context, so nothing is cached) and waits until it is usable. */
async function openWindow(chromium: DevTools, dir: string): Promise<OpenWindow> {
  const { browserContextId } = await chromium.send<{ browserContextId: string }>('Target.createBrowserContext')
  const { targetId } = await chromium.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId })
  const { sessionId } = await chromium.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true })
  const page = <T>(method: string, params?: Record<string, unknown>) => chromium.send<T>(method, params, sessionId)
  await page('Page.enable')
  await page('Emulation.setDeviceMetricsOverride', { width: 400, height: 640, deviceScaleFactor: 1, mobile: false })
  await page('Performance.enable')
  await page('Page.addScriptToEvaluateOnNewDocument', {
    source: script(
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
  })
  // Stamps, from inside the page, the moment the window is usable: the Sessions list tells assistive tech it holds
  // every session (it is virtualized, so only those in view are in the DOM), and its first session and the first
  // role are rendered. Told through the page's title, which the harness asks the browser for, so no script of the
  // harness runs in the page while it starts (its run on the main thread would be counted as the renderer's).
  await page('Page.addScriptToEvaluateOnNewDocument', {
    source: script(({ count, stamp }) => {
      new MutationObserver((_m, observer) => {
        const session = document.querySelector('ul[aria-label="Sessions"] > li[aria-posinset="1"]')
        const role = document.querySelector('ul[aria-label="Roles"] > li[aria-posinset="1"]')
        if (session?.getAttribute('aria-setsize') === String(count) && role) {
          const at = performance.now()
          observer.disconnect()
          document.title = `${stamp}${at}`
        }
      }).observe(document, { childList: true, subtree: true })
    }, { count: SESSIONS, stamp: STAMP })
  })
  const server = await serveDirectory(dir)
  let renderedMs: number
  try {
    await page('Page.navigate', { url: server.url })
    renderedMs = Number((await titled(chromium, targetId, STAMP)).slice(STAMP.length))
  } catch (error) {
    // A server left listening would keep the run from ever ending.
    await server.close()
    throw error
  }
  return {
    page,
    renderedMs,
    async close() {
      await chromium.send('Target.closeTarget', { targetId })
      await chromium.send('Target.disposeBrowserContext', { browserContextId })
      await server.close()
    }
  }
}

async function measure(chromium: DevTools, world: World, dir: string): Promise<Figures> {
  writeFileSync(join(dir, 'state.json'), JSON.stringify(world.core.state()))
  // One load varies by tens of ms on a busy machine, so the median of several counts; a first, unrecorded load
  // takes the browser's own warm-up, which would otherwise fall on whichever variant is measured first.
  await (await openWindow(chromium, dir)).close()
  let opened = await openWindow(chromium, dir)
  const loads = [opened.renderedMs]
  while (loads.length < LOADS) {
    await opened.close()
    opened = await openWindow(chromium, dir)
    loads.push(opened.renderedMs)
  }
  // The last load stays open for the tick and the heap.
  const metric = async (name: string) => (await opened.page<Metrics>('Performance.getMetrics')).metrics.find((m) => m.name === name)!.value
  await wait(2000)
  const before = await metric('ScriptDuration')
  await wait(TICK_SECONDS * 1000)
  const tickScriptMs = (((await metric('ScriptDuration')) - before) * 1000) / TICK_SECONDS
  await opened.page('HeapProfiler.collectGarbage')
  const heapMb = (await metric('JSHeapUsedSize')) / 1024 / 1024
  await opened.close()
  return { firstRenderMs: median(loads), tickScriptMs, heapMb }
}

export async function rendererAtScale(): Promise<string[]> {
  const [shared, naive] = [await buildVariant('shared'), await buildVariant('naive')]
  const world = await startWorld({ config: bigConfig() })
  const chromium = launchChromium(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // As Playwright launches it: a page is never throttled for being in the background.
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-renderer-backgrounding',
    // Each new headless window would also start two renderers for its address bar's pop-ups, browser UI that the
    // app's window has not got: on a two-core machine their ~100 ms of CPU competed with the page being measured.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup'
  ])
  try {
    for (let i = 0; i < SESSIONS; i++) {
      const a = i % ACCOUNTS
      const r = Math.floor(i / ACCOUNTS)
      world.sts.addRole({ arn: roleArn(a, r), trustedPrincipals: [ALICE.arn], maxSessionDuration: 43200 })
      const result = (await dispatch(world.core.handlers, 'roles:assume', { roleId: `profile:acct${a}-role${r}` })) as { ok: boolean }
      if (!result.ok) throw new Error(`could not assume acct${a}-role${r}: ${JSON.stringify(result)}`)
    }
    const subject = await measure(chromium, world, shared)
    const baseline = await measure(chromium, world, naive)
    return [
      line({ name: 'renderer-first-render', value: subject.firstRenderMs, unit: 'ms', baseline: baseline.firstRenderMs }),
      line({ name: 'renderer-tick-script', value: subject.tickScriptMs, unit: 'ms', baseline: baseline.tickScriptMs }),
      line({ name: 'renderer-js-heap', value: subject.heapMb, unit: 'MB', baseline: baseline.heapMb })
    ]
  } finally {
    await chromium.close()
    await world.close()
  }
}
