// Builds the typed `window.rolecall` API from the channel map over any transport:
// Electron IPC in the preload, Playwright bindings in the e2e browser host.
import { channels, events, type Channel, type EventName } from './channels'
import type { EventPayload, RequestOf, ResponseOf } from './contract'

export interface BridgeTransport {
  invoke(channel: Channel, request: unknown): Promise<unknown>
  on(event: EventName, listener: (payload: unknown) => void): () => void
}

type Invokers = {
  [C in Channel as (typeof channels)[C]]: RequestOf<C> extends undefined
    ? () => Promise<ResponseOf<C>>
    : (request: RequestOf<C>) => Promise<ResponseOf<C>>
}
type Subscribers = {
  [E in EventName as (typeof events)[E]]: (listener: (payload: EventPayload<E>) => void) => () => void
}
export type RolecallBridge = Invokers & Subscribers

export function createBridge(transport: BridgeTransport): RolecallBridge {
  const api: Record<string, unknown> = {}
  for (const [channel, method] of Object.entries(channels) as [Channel, string][]) {
    api[method] = (request?: unknown) => transport.invoke(channel, request)
  }
  for (const [event, method] of Object.entries(events) as [EventName, string][]) {
    api[method] = (listener: (payload: unknown) => void) => transport.on(event, listener)
  }
  return Object.freeze(api) as RolecallBridge
}
