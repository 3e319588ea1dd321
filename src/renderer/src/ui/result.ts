// The {ok, value} | {ok, error} shape every bridge call resolves to, and a guard for calls that reject instead.
import type { ErrorView } from '../../../shared/views'

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorView }

/** Main always answers with a Result, but a broken IPC channel rejects; show that like any other error. */
export async function settle<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await call()
  } catch (cause) {
    return {
      ok: false,
      error: {
        code: 'BridgeFailed',
        title: 'Rolecall’s background process did not answer',
        detail: cause instanceof Error ? cause.message : String(cause)
      }
    }
  }
}
