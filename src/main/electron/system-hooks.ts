// Ties the core to the desktop session: sleep/resume and unlock re-evaluate every timer; the global
// shortcut and start-at-login follow the settings as they change.
import { app, globalShortcut, powerMonitor } from 'electron'
import type { RolecallCore } from '../core/rolecall-core'

export function watchPower(core: RolecallCore): void {
  powerMonitor.on('resume', () => core.reevaluate())
  powerMonitor.on('unlock-screen', () => core.reevaluate())
}

export function followSettings(core: RolecallCore, openSearch: () => void, onProblem: (message: string) => void): void {
  let shortcut: string | undefined
  let openAtLogin: boolean | undefined
  const apply = (): void => {
    const settings = core.state().settings
    if (settings.globalShortcut !== shortcut) {
      if (shortcut) globalShortcut.unregister(shortcut)
      shortcut = settings.globalShortcut
      try {
        if (shortcut && !globalShortcut.register(shortcut, openSearch)) {
          onProblem(`The shortcut ${shortcut} is taken by another application; choose another in Settings.`)
        }
      } catch {
        onProblem(`"${shortcut}" is not a shortcut Electron understands; choose another in Settings.`)
      }
    }
    if (settings.startAtLogin !== openAtLogin) {
      openAtLogin = settings.startAtLogin
      app.setLoginItemSettings({ openAtLogin })
    }
  }
  apply()
  core.subscribe(apply)
  app.on('will-quit', () => globalShortcut.unregisterAll())
}
