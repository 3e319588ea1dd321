// The one shared 1 Hz clock behind every countdown: a single ticker, read through useNow().
// One interval for the whole window keeps all countdowns in step and costs the same for 1 or 100 sessions.
import { useSyncExternalStore } from 'react'

const listeners = new Set<() => void>()
let now = Date.now()
let alignTimer: ReturnType<typeof setTimeout> | undefined
let interval: ReturnType<typeof setInterval> | undefined

function tick(): void {
  now = Date.now()
  for (const listener of listeners) listener()
}

function start(): void {
  now = Date.now()
  // Wait for the next whole second first, so every countdown changes together on the second boundary.
  alignTimer = setTimeout(() => {
    alignTimer = undefined
    tick()
    interval = setInterval(tick, 1000)
  }, 1000 - (now % 1000))
}

function stop(): void {
  clearTimeout(alignTimer)
  clearInterval(interval)
  alignTimer = undefined
  interval = undefined
}

export function subscribeToClock(listener: () => void): () => void {
  listeners.add(listener)
  if (listeners.size === 1) start()
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) stop()
  }
}

export function readClock(): number {
  // While nobody listens the ticker is stopped, so catch up here; at most once a second keeps
  // consecutive reads identical, which useSyncExternalStore requires, and a new countdown never starts stale.
  if (listeners.size === 0 && Date.now() - now >= 1000) now = Date.now()
  return now
}

/** The current time in epoch ms, re-rendering the caller once a second. */
export function useNow(): number {
  return useSyncExternalStore(subscribeToClock, readClock)
}
