// Runs in the page before the renderer: builds window.rolecall from the same contract the preload
// uses, over Playwright bindings instead of Electron IPC.
import { createBridge } from '../../src/shared/bridge'
import type { EventName } from '../../src/shared/channels'

declare global {
  interface Window {
    __rolecallInvoke(channel: string, request: unknown): Promise<unknown>
    __rolecallEmit(event: EventName, payload: unknown): void
  }
}

const listeners = new Map<EventName, Set<(payload: unknown) => void>>()

window.__rolecallEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload)
}

window.rolecall = createBridge({
  invoke: (channel, request) => window.__rolecallInvoke(channel, request),
  on: (event, listener) => {
    const set = listeners.get(event) ?? new Set()
    listeners.set(event, set)
    set.add(listener)
    return () => set.delete(listener)
  }
})
