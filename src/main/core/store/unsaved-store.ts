// Keeps Rolecall working when its settings cannot be saved (a read-only or full disk): a change the disk
// refuses is kept in memory for this run and written with the next write that succeeds, and the caller
// hears when saving fails and when it works again. Without this a failed write would lose the change, or
// kill the main process from a deferred write.
import type { KeyValueStore } from '../ports'
import { isDiskFailure, writeFailureReason } from '../files'

/** `failing` gets the reason while writes fail, and undefined once a write succeeds again. */
export function keepUnsaved(inner: KeyValueStore, failing: (reason: string | undefined) => void): KeyValueStore {
  const unsaved = new Map<string, unknown>()
  let failed = false
  return {
    get path() {
      return inner.path
    },
    get: (key) => (unsaved.has(key) ? unsaved.get(key) : inner.get(key)),
    set(key, value) {
      try {
        // What could not be written before goes first, so the file never holds a newer change without it.
        for (const [k, v] of unsaved) inner.set(k, v)
        inner.set(key, value)
      } catch (error) {
        // A value the store itself refuses is the caller's to hear about; only the disk's refusals wait here.
        if (!isDiskFailure(error)) throw error
        unsaved.set(key, value)
        failed = true
        failing(writeFailureReason(error))
        return
      }
      unsaved.clear()
      if (failed) {
        failed = false
        failing(undefined)
      }
    }
  }
}
