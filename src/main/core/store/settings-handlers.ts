// The settings dialog's one request: a partial update, checked against the schema, with the capabilities
// that read a setting told it changed.
import { fail, ok } from '../../../shared/result'
import type { Settings } from '../../../shared/views'
import type { Handlers } from '../ipc'
import { describeError } from '../sts'
import type { AppStore } from './app-store'

export function settingsHandlers(store: AppStore, changed: (before: Settings, after: Settings) => void): Pick<Handlers, 'settings:update'> {
  return {
    'settings:update': async (patch) => {
      const before = store.settings()
      let after: Settings
      try {
        after = store.updateSettings(patch)
      } catch (error) {
        return fail(describeError(error))
      }
      changed(before, after)
      return ok(after)
    }
  }
}
