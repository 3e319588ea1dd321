// The e2e browser host: loads the built renderer in Chromium and wires window.rolecall to the real
// core in this process, with the same router and sender check Electron's IPC uses.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import type { EventName } from '../../src/shared/channels'
import { eventContract, type EventPayload } from '../../src/shared/contract'
import { dispatch, reject } from '../../src/main/core/ipc/ipc-router'
import type { RolecallCore } from '../../src/main/core/rolecall-core'
import { isTrustedSender } from '../../src/main/core/ipc/trusted-sender'
import { serveDirectory } from './static-server'

const builtRenderer = fileURLToPath(new URL('../../out/renderer', import.meta.url))
let bridgeScript: Promise<string> | undefined

function bundleBridge(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [fileURLToPath(new URL('./bridge-entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120'
  }).then((out) => out.outputFiles[0]!.text)
  return bridgeScript
}

export interface Host {
  url: string
  /** Every payload that crossed from the core to the renderer, for leak checks. */
  sent: unknown[]
  /** An event from main, as sendEvent sends it: checked against the event contract first. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): Promise<void>
  close(): Promise<void>
}

/** `rendererDir` defaults to the app's build; benchmarks pass variants built for comparison. */
export async function hostRenderer(page: Page, core: RolecallCore, rendererDir = builtRenderer): Promise<Host> {
  const server = await serveDirectory(rendererDir)
  const sent: unknown[] = []
  await page.exposeBinding('__rolecallInvoke', async (source, channel: unknown, payload: unknown) => {
    const frame = { url: source.frame.url(), parent: source.frame.parentFrame() }
    const response = isTrustedSender(frame, server.url)
      ? await dispatch(core.handlers, channel, payload)
      : reject('UntrustedSender', 'Request refused', 'Only the Rolecall window may make requests.')
    sent.push(response)
    return response
  })
  await page.addInitScript({ content: await bundleBridge() })
  const unsubscribe = core.subscribe((state) => {
    sent.push(state)
    page.evaluate((s) => window.__rolecallEmit('app:state', s), state).catch(() => undefined)
  })
  await page.goto(server.url)
  return {
    url: server.url,
    sent,
    async emit(event, payload) {
      const checked = eventContract[event].parse(payload)
      await page.evaluate(([e, p]) => window.__rolecallEmit(e, p), [event, checked] as const)
    },
    async close() {
      unsubscribe()
      await server.close()
    }
  }
}
