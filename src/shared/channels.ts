// The names of every IPC channel and event, and the bridge method each maps to.
// Kept free of runtime dependencies so the sandboxed preload bundles nothing but this map.

export const channels = {
  'app:get-state': 'getState',
  'roles:save': 'saveRole',
  'roles:remove': 'removeRole',
  'roles:assume': 'assumeRole',
  'roles:favourite': 'setFavourite',
  'accounts:update': 'updateAccount',
  'roles:auto-refresh': 'setAutoRefresh',
  'roles:credentials-file': 'setCredentialsProfile',
  'config:process-profiles': 'setProcessProfiles',
  'sessions:end': 'endSession',
  'sessions:refresh': 'refreshSession',
  'sessions:set-current': 'setCurrentSession',
  'window:hide': 'hideWindow',
  'sessions:copy-export': 'copyExport',
  'sessions:open-console': 'openConsole',
  'source:refresh': 'refreshSource',
  'settings:update': 'updateSettings'
} as const

export const events = {
  'app:state': 'onState',
  'ui:focus-search': 'onFocusSearch',
  'ui:open-settings': 'onOpenSettings'
} as const

export type Channel = keyof typeof channels
export type EventName = keyof typeof events
