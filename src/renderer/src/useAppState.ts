// Main's latest AppState for React (kept by appState.ts), re-rendering the caller whenever it changes.
import { useSyncExternalStore } from 'react'
import { readAppState, subscribeToAppState, type Loaded } from './appState'

export function useAppState(): Loaded {
  return useSyncExternalStore(subscribeToAppState, readAppState)
}
