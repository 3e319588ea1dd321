// Another Rolecall process saving into the same settings file, opened the way the CLI opens it (openStore
// over conf), and saving what the CLI saves: the roles it used. Says it is ready, then waits for a go file so several start saving at the same moment, then marks roles used,
// one save each, a moment after each is marked, as the app's deferred save does. Run with `node --import tsx settings-writer.ts DIR PREFIX COUNT GO_FILE`.
import Conf from 'conf'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { AppStore } from '../../src/main/core/store/app-store'
import { SETTINGS_NAME } from '../../src/main/core/store/app-paths'
import { openStore } from '../../src/main/core/store/open-store'
import { SETTINGS_FILE_MODE } from '../../src/main/core/store/shared-store'

const [dir = '', prefix = '', count = '0', go = ''] = process.argv.slice(2)
const opened = openStore(join(dir, `${SETTINGS_NAME}.json`), () => new Conf({ projectName: 'rolecall', cwd: dir, configName: SETTINGS_NAME, configFileMode: SETTINGS_FILE_MODE }))
const store = new AppStore(opened.store)
store.extras()
writeFileSync(`${go}.${prefix}.ready`, '')
while (!existsSync(go)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5)
// As in the app, a use is marked from what this process read before, and saved a moment later.
for (let i = 0; i < Number(count); i++) {
  store.markUsed(`${prefix}-${i}`, Date.now())
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 5))
  store.flush()
}
