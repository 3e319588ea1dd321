// The renderer's copy of main's AppState: asked for once, as early in start-up as main.tsx can, then kept current by
// every onState push. Free of React, so it can run before React has even loaded.
import type { AppState, ErrorView } from '../../../shared/views'
import { settle } from '../ui/result'

export type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; state: AppState }
  | { status: 'failed'; error: ErrorView }

let loaded: Loaded = { status: 'loading' }
const listeners = new Set<() => void>()

function update(next: Loaded): void {
  loaded = next
  for (const listener of listeners) listener()
}

/** Subscribes to main's pushes, then asks for the state: in that order, so no push is missed. Called once. */
export function requestAppState(): void {
  let pushed = false
  window.rolecall.onState((state) => {
    pushed = true
    update({ status: 'ready', state })
  })
  void settle(() => window.rolecall.getState()).then((result) => {
    // A push always wins over the (possibly older) first reply.
    if (pushed) return
    update(result.ok ? { status: 'ready', state: result.value } : { status: 'failed', error: result.error })
  })
}

export function subscribeToAppState(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function readAppState(): Loaded {
  return loaded
}
