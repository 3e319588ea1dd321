// What every place roles come from provides, so the catalogue can merge them: config profiles and roles
// added in the app today, IAM Identity Center and a shared team catalogue next. Each source lists its own
// roles and reports its own problems; one source failing never hides another's roles.
import type { RoleView } from '../../../shared/views'
import type { RolePreferences } from '../store'

export interface RoleSource {
  /**
   * A value that stays the same object until the source's roles change, so the catalogue rebuilds views
   * only then: with thousands of profiles, a rebuild for every state snapshot would show.
   */
  version(): unknown
  /** The source's roles as the window sees them, with the user's per-role preferences. */
  views(preferences: RolePreferences): RoleView[]
  /** Problems with the source as a whole: a file that cannot be read, sections the SDK refuses. */
  problems(): string[]
}
