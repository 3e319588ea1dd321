// Every role Rolecall knows, merged from its sources in order, as the window, the tray, the CLI and the
// broker see them, and the one way a name from outside the window is read (see resolve.ts).
import type { Result } from '../../../shared/result'
import type { RoleView } from '../../../shared/views'
import type { RolePreferences } from '../store'
import { resolveRole } from './resolve'
import type { RoleSource } from './role-source'

export class Catalogue {
  private cached: { inputs: readonly unknown[]; views: RoleView[] } | undefined

  constructor(
    private readonly sources: readonly RoleSource[],
    private readonly preferences: () => RolePreferences
  ) {}

  /** Rebuilt only when a source's roles or the per-role preferences change. */
  roles(): RoleView[] {
    const preferences = this.preferences()
    const inputs = [...this.sources.map((source) => source.version()), preferences]
    const cached = this.cached
    if (cached && cached.inputs.every((input, i) => input === inputs[i])) return cached.views
    const views = this.sources.flatMap((source) => source.views(preferences))
    this.cached = { inputs, views }
    return views
  }

  role(id: string): RoleView | undefined {
    return this.roles().find((r) => r.id === id)
  }

  /** The role a name from outside the window means (the CLI's ROLE, the broker's request). */
  resolve(name: string): Result<RoleView> {
    return resolveRole(this.roles(), name)
  }

  problems(): string[] {
    return this.sources.flatMap((source) => source.problems())
  }
}
