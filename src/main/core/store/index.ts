// What other capabilities use of what Rolecall keeps: settings, app roles, per-role preferences, and how they
// are saved. They import it from here, never from the files inside, so this folder's inside can change without
// reaching into theirs.
export { AppStore } from './app-store'
export type { StoredRole } from './app-store'
export type { RolePreferences } from './role-preferences'
export { settingsHandlers } from './settings-handlers'
export { storeChange } from './store-change'
export { keepUnsaved } from './unsaved-store'
