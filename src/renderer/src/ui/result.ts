// A guard for bridge calls that reject instead of answering with a Result.
import type { Result } from '../../../shared/result'

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
