// Roles added in the app, kept in Rolecall's settings. The core gives each new role its id, so a caller can
// never pick an id (or a key) that would make one role stand for another.
import { randomUUID } from 'node:crypto'
import { fail, ok, type Result } from '../../../shared/result'
import type { RoleView } from '../../../shared/views'
import type { RequestFor } from '../ipc'
import type { AppStore, StoredRole, RolePreferences } from '../store'
import { describeError, failure } from '../sts'
import type { RoleSource } from './role-source'
import { appRoleView } from './role-views'

export class AppRoles implements RoleSource {
  constructor(private readonly store: AppStore) {}

  version(): unknown {
    return this.store.roles()
  }

  views(preferences: RolePreferences): RoleView[] {
    return this.store.roles().map((role) => appRoleView(role, preferences))
  }

  problems(): string[] {
    return []
  }

  role(id: string): StoredRole | undefined {
    return this.store.roles().find((r) => r.id === id)
  }

  /** A new role gets an id from here; an id in the request only ever names an app role to edit. */
  save(input: RequestFor<'roles:save'>): Result<StoredRole> {
    if (input.id !== undefined && !this.role(input.id)) {
      return fail({
        code: 'UnknownRole',
        title: 'No such role to edit',
        detail: `No role added in Rolecall has the id ${input.id}; a new role is saved without an id and gets one from Rolecall.`,
        field: 'id'
      })
    }
    const role: StoredRole = { ...input, id: input.id ?? randomUUID() }
    try {
      this.store.saveRole(role)
    } catch (error) {
      return fail(describeError(error))
    }
    return ok(role)
  }

  remove(id: string): Result<null> {
    try {
      return this.store.removeRole(id) ? ok(null) : failure('UnknownRole', `No app-defined role with id ${id}.`)
    } catch (error) {
      return fail(describeError(error))
    }
  }
}
