// Where Rolecall keeps its settings, resolved without Electron the way Electron resolves
// app.getPath('userData') for the product "Rolecall", so the CLI and the app share one settings file.
import { homedir } from 'node:os'
import { posix, win32 } from 'node:path'

export const PRODUCT_NAME = 'Rolecall'
export const SETTINGS_NAME = 'settings'

/** ROLECALL_DATA_DIR when set (the app honours it too), else the platform's per-user app data folder. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.ROLECALL_DATA_DIR) return env.ROLECALL_DATA_DIR
  if (platform === 'win32') {
    // Electron asks Windows for the roaming AppData folder, which %APPDATA% names.
    const appData = env.APPDATA || win32.join(env.USERPROFILE || homedir(), 'AppData', 'Roaming')
    return win32.join(appData, PRODUCT_NAME)
  }
  const home = env.HOME || homedir()
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME)
  // Linux and the BSDs follow the XDG base directory spec, as Chromium does.
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), PRODUCT_NAME)
}

/** The electron-store (conf) file inside the data folder. */
export function settingsFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const dir = appDataDir(env, platform)
  return (platform === 'win32' ? win32 : posix).join(dir, `${SETTINGS_NAME}.json`)
}
