// The settings store as the app opens it (electron-store's own library, conf, with the app's schema),
// in a folder of the test's choosing.
import Conf from 'conf'
import { storeSchema } from '../../src/main/core/store/app-store'
import { SETTINGS_NAME } from '../../src/main/core/store/app-paths'
import { SETTINGS_FILE_MODE } from '../../src/main/core/store/shared-store'

export function settingsConf(dir: string): Conf<Record<string, unknown>> {
  return new Conf({ projectName: 'rolecall-test', cwd: dir, configName: SETTINGS_NAME, schema: storeSchema(), configFileMode: SETTINGS_FILE_MODE })
}
