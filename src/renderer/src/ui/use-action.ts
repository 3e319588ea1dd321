// Runs a component's bridge calls one at a time and keeps the last failure, so every control reports errors alike.
import { useRef, useState } from 'react'
import type { ErrorView } from '../../../shared/views'
import type { Result } from '../../../shared/result'
import { settle } from './result'

export interface Action {
  run<T>(call: () => Promise<Result<T>>, onSuccess?: (value: T) => void): Promise<void>
  pending: boolean
  error: ErrorView | null
  setError(error: ErrorView | null): void
}

export function useAction(): Action {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<ErrorView | null>(null)
  // A ref, not the pending state, so a double click inside one render cannot start the call twice.
  const running = useRef(false)

  async function run<T>(call: () => Promise<Result<T>>, onSuccess?: (value: T) => void): Promise<void> {
    if (running.current) return
    running.current = true
    setPending(true)
    setError(null)
    const result = await settle(call)
    running.current = false
    setPending(false)
    if (result.ok) onSuccess?.(result.value)
    else setError(result.error)
  }

  return { run, pending, error, setError }
}
