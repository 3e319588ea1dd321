// The window's requests about roles themselves: adding, editing and removing app roles, and the per-role
// and per-account choices (favourite, auto-refresh, alias and colour) that apply to config profiles too.
import { ok } from '../../../shared/result'
import type { Handlers } from '../ipc'
import { type AppStore, storeChange } from '../store'
import type { AppRoles } from './app-roles'
import { appRoleView } from './role-views'

// What these handlers need of the sessions and of assuming, said here so the catalogue depends on neither.
export interface RoleHandlerDeps {
  appRoles: AppRoles
  store: AppStore
  keeper: { end(roleId: string): boolean; retrack(): void }
  /** What was kept for a role that is now edited or gone: its plan, its last error. */
  assumer: { forget(roleId: string): void }
  plans: { forget(roleId?: string): void }
  onChange(): void
}

type RoleChannels = 'roles:save' | 'roles:remove' | 'roles:favourite' | 'accounts:update' | 'roles:auto-refresh'

export function roleHandlers(d: RoleHandlerDeps): Pick<Handlers, RoleChannels> {
  // An edited or removed role's plan and last error belong to what it was.
  const forget = (roleId: string): void => {
    d.assumer.forget(roleId)
    d.plans.forget(roleId)
  }
  return {
    'roles:save': async (input) => {
      const saved = d.appRoles.save(input)
      if (!saved.ok) return saved
      if (input.id) forget(input.id)
      d.onChange()
      return ok(appRoleView(saved.value, d.store.extras()))
    },
    'roles:remove': async ({ id }) => {
      const removed = d.appRoles.remove(id)
      if (!removed.ok) return removed
      d.keeper.end(id)
      forget(id)
      d.onChange()
      return removed
    },
    'roles:favourite': async ({ roleId, favourite }) => storeChange(() => d.store.setFavourite(roleId, favourite), d.onChange),
    'accounts:update': async ({ accountId, ...patch }) => storeChange(() => d.store.updateAccount(accountId, patch), d.onChange),
    'roles:auto-refresh': async ({ roleId, enabled }) =>
      storeChange(() => {
        d.store.setAutoRefresh(roleId, enabled)
        d.keeper.retrack()
      }, d.onChange)
  }
}
