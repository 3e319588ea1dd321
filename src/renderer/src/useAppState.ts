// Keeps the renderer's copy of main's AppState: the first snapshot from getState(), then every onState push.
import { useEffect, useState } from 'react'
import type { AppState, ErrorView } from '../../shared/views'
import { settle } from './result'

export type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; state: AppState }
  | { status: 'failed'; error: ErrorView }

export function useAppState(): Loaded {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })

  useEffect(() => {
    let active = true
    let pushed = false
    // Subscribe before asking, so no push is missed; a push always wins over the (possibly older) first reply.
    const unsubscribe = window.rolecall.onState((state) => {
      pushed = true
      setLoaded({ status: 'ready', state })
    })
    void settle(() => window.rolecall.getState()).then((result) => {
      if (!active || pushed) return
      setLoaded(result.ok ? { status: 'ready', state: result.value } : { status: 'failed', error: result.error })
    })
    return () => {
      active = false
      unsubscribe()
    }
  }, [])

  return loaded
}
