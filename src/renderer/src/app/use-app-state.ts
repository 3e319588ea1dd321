// Main's latest AppState for React (kept by app-state.ts), re-rendering the caller whenever it changes.
import { useSyncExternalStore } from 'react'
import { readAppState, subscribeToAppState, type Loaded } from './app-state'

export function useAppState(): Loaded {
  return useSyncExternalStore(subscribeToAppState, readAppState)
}
