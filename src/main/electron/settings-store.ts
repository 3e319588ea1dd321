// Opens electron-store in the user's data folder through the core's corruption-safe opener, which also
// makes its saves take turns with the CLI's; the file is 0600.
import { app } from 'electron'
import Store from 'electron-store'
import { join } from 'node:path'
import { storeSchema } from '../core/store/app-store'
import { openStore, type OpenedStore } from '../core/store/open-store'
import { SETTINGS_FILE_MODE } from '../core/store/shared-store'

export function openSettingsStore(): OpenedStore {
  const name = 'settings'
  return openStore(join(app.getPath('userData'), `${name}.json`), () => new Store({ name, schema: storeSchema(), configFileMode: SETTINGS_FILE_MODE }))
}
