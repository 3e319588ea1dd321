// Opens electron-store in the user's data folder through the core's corruption-safe opener.
import { app } from 'electron'
import Store from 'electron-store'
import { join } from 'node:path'
import { storeSchema } from '../core/app-store'
import { openStore, type OpenedStore } from '../core/open-store'

export function openSettingsStore(): OpenedStore {
  const name = 'settings'
  return openStore(join(app.getPath('userData'), `${name}.json`), () => new Store({ name, schema: storeSchema() }))
}
