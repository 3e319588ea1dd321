// Composition root: wires the Electron-free core to Electron's window, tray, IPC, clipboard and shell.
import { app } from 'electron'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { RolecallCore } from './core/rolecall-core'
import { trayMenu, type TrayAction } from './core/tray-menu'
import { electronClipboard, electronOpener } from './electron/edge-ports'
import { forwardState, registerIpc } from './electron/ipc'
import { hardenApp } from './electron/security'
import { openSettingsStore } from './electron/settings-store'
import { createTray, setTrayMenu } from './electron/tray-icon'
import { createTrayWindow, type TrayWindow } from './electron/tray-window'

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url))
const rendererUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(here('../renderer/index.html')).toString()

// Lets a second profile (or a test) keep its own settings; the CLI honours the same variable.
if (process.env.ROLECALL_DATA_DIR) app.setPath('userData', process.env.ROLECALL_DATA_DIR)
if (!app.requestSingleInstanceLock()) app.quit()

app.whenReady().then(() => {
  hardenApp(process.env.ELECTRON_RENDERER_URL ? 'development' : 'production')
  const opened = openSettingsStore()
  const signinOverride = process.env.AWS_ENDPOINT_URL_SIGNIN
  const core = new RolecallCore({
    store: opened.store,
    clipboard: electronClipboard,
    opener: electronOpener(signinOverride ? new URL(signinOverride).origin : undefined),
    notices: opened.recovery
      ? [
          {
            id: 'store-recovered',
            level: 'warning',
            message: `Rolecall's settings file was unreadable (${opened.recovery.reason}). It was kept as ${opened.recovery.backupPath}; Rolecall started from defaults and recovered ${opened.recovery.recoveredRoles} role(s).`
          }
        ]
      : []
  })

  const tray = createTray(here('../../resources/tray.png'), () => ui.toggle())
  const ui: TrayWindow = createTrayWindow(here('../preload/index.cjs'), (win) => win.loadURL(rendererUrl), tray)
  app.on('second-instance', () => ui.show())
  registerIpc(core, rendererUrl, () => ui.window.webContents)
  forwardState(core, () => ui.window.webContents)

  const run = (action: TrayAction): void => {
    if (action.type === 'show') ui.show()
    else if (action.type === 'quit') app.quit()
    else void core.handlers['roles:assume']({ roleId: action.roleId })
  }
  setTrayMenu(tray, trayMenu(core.state()), run)
  core.subscribe((state) => setTrayMenu(tray, trayMenu(state), run))

  // Quit waits for the clipboard to be cleared of Rolecall's text, once.
  let disposed = false
  app.on('before-quit', (event) => {
    ui.allowClose()
    if (disposed) return
    event.preventDefault()
    disposed = true
    void core.dispose().finally(() => app.quit())
  })
  if (process.platform === 'linux') ui.show()
  void core.refreshSource()
  void core.loadCatalog({ watch: true })
})

// A tray app lives on with no window open.
app.on('window-all-closed', () => undefined)
