// A change to what Rolecall keeps (settings, roles, per-role preferences), answered as a Result: a settings
// file that cannot be written is the caller's error to show, never an exception out of a handler.
import { fail, ok, type Result } from '../../../shared/result'
import { describeError } from '../sts'

export function storeChange(change: () => void, onChange: () => void): Result<null> {
  try {
    change()
  } catch (error) {
    return fail(describeError(error))
  }
  onChange()
  return ok(null)
}
