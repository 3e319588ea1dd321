// The one way main sends an event to the window: typed by the event contract and checked against its
// schema at run time, so an event nobody declared cannot be sent, and a payload carries only what its
// schema lets through (a field added to the state by mistake, a secret say, is dropped here).
import type { WebContents } from 'electron'
import type { EventName } from '../../shared/channels'
import { eventContract, type EventPayload } from '../../shared/contract'

export function sendEvent<E extends EventName>(contents: WebContents | undefined, event: E, payload: EventPayload<E>): void {
  if (!contents || contents.isDestroyed()) return
  contents.send(event, eventContract[event].parse(payload))
}
