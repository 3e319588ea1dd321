// Composition root: wires the Electron-free core to Electron's window, tray, IPC, clipboard, shell,
// notifications, safeStorage and power events.
import { app, clipboard, ipcMain, safeStorage, session, shell } from 'electron'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { startBroker, type Broker } from './core/broker/server'
import { handoffDir } from './core/console/handoff'
import { signinOverride } from './core/console/signin-endpoint'
import { recoveryMessage } from './core/store/open-store'
import { RolecallCore } from './core/rolecall-core'
import { runTrayRequest, trayStep } from './core/tray/tray-actions'
import { trayIconState, trayMenu, trayTooltip, type TrayAction, type TrayIconState } from './core/tray/tray-menu'
import { electronClipboard, electronOpener } from './electron/clipboard-and-opener'
import { sendEvent } from './electron/events'
import { forwardState, registerIpc } from './electron/ipc'
import { electronNotifier } from './electron/notifier'
import { electronSecretBox, protectionNotice } from './electron/secret-box'
import { hardenApp } from './electron/security'
import { openSettingsStore } from './electron/settings-store'
import { followSettings, watchPower } from './electron/system-hooks'
import { installTestHook } from './electron/test-hook'
import { createTray, setTrayIcon, setTrayMenu } from './electron/tray-icon'
import { createTrayWindow } from './electron/tray-window'
import { formatCountdown } from '../shared/time'

const here = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url))
const resources = here('../../resources')
// Only development builds follow electron-vite's dev server; a release build cannot be pointed at
// another page through the environment, and loads nothing but its own built file.
const devServerUrl = import.meta.env.DEV ? process.env.ELECTRON_RENDERER_URL : undefined
const rendererUrl = devServerUrl ?? pathToFileURL(here('../renderer/index.html')).toString()

// Lets a second profile (or a test) keep its own settings; the CLI honours the same variable.
if (process.env.ROLECALL_DATA_DIR) app.setPath('userData', process.env.ROLECALL_DATA_DIR)
if (!app.requestSingleInstanceLock()) app.quit()

app.whenReady().then(() => {
  hardenApp(app, session.defaultSession, devServerUrl ? 'development' : 'production')
  const opened = openSettingsStore()
  // Console handoff pages a crash or a forced quit left behind go first; the rest go at quit.
  const opener = electronOpener(shell, { dir: handoffDir(app.getPath('userData')), configuredOrigin: signinOverride(process.env).origin })
  opener.clear()
  const tray = createTray(resources, () => ui.toggle())
  const ui = createTrayWindow(here('../preload/index.cjs'), (win) => win.loadURL(rendererUrl), tray, () => core.state().settings.hideOnBlur)
  const openSearch = (): void => {
    ui.show()
    sendEvent(ui.window.webContents, 'ui:focus-search', null)
  }
  const notifier = electronNotifier(() => ui.show())
  const core = new RolecallCore({
    store: opened.store,
    clipboard: electronClipboard(clipboard),
    opener,
    notifier,
    window: { hide: () => ui.window.hide() },
    notices: opened.recovery ? [{ id: 'store-recovered', level: 'warning', message: recoveryMessage(opened.recovery) }] : []
  })

  app.on('second-instance', () => ui.show())
  registerIpc(ipcMain, core, rendererUrl, () => ui.window.webContents)
  forwardState(core, () => ui.window.webContents)

  const run = (action: TrayAction): void => {
    const step = trayStep(action, (roleId) => core.roles().find((r) => r.id === roleId)?.displayName ?? roleId)
    switch (step) {
      case 'show':
        return ui.show()
      case 'focus-search':
        return openSearch()
      case 'open-settings':
        ui.show()
        return sendEvent(ui.window.webContents, 'ui:open-settings', null)
      case 'quit':
        return app.quit()
      default:
        return void runTrayRequest(step, {
          handlers: core.handlers,
          notifier,
          addNotice: (notice) => core.addNotice(notice),
          removeNotice: (id) => core.removeNotice(id)
        })
    }
  }

  // The menu and icon follow state changes, plus a minute tick for their "min left" labels;
  // only the macOS title (next to the icon) changes every second.
  let shownIcon: TrayIconState | undefined
  const renderTray = (): void => {
    const state = core.state()
    const now = Date.now()
    setTrayMenu(tray, trayMenu(state, now), run)
    tray.setToolTip(trayTooltip(state, now))
    const icon = trayIconState(state, now)
    if (icon !== shownIcon) setTrayIcon(tray, resources, (shownIcon = icon))
  }
  renderTray()
  core.subscribe(renderTray)
  setInterval(renderTray, 60_000)
  if (process.platform === 'darwin') {
    setInterval(() => {
      const current = core.state().sessions.find((s) => s.current && s.status !== 'expired')
      tray.setTitle(current ? formatCountdown(current.expiresAt - Date.now()) : '')
    }, 1000)
  }
  installTestHook(() => trayMenu(core.state(), Date.now()), run)

  void electronSecretBox(safeStorage)
    .protection()
    .then((protection) => {
      const notice = protectionNotice(protection)
      if (notice) core.addNotice(notice)
    })

  watchPower(core)
  followSettings(core, openSearch, (message) => core.addNotice({ id: 'shortcut', level: 'warning', message }))

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
  // The CLI asks the running app through the broker; without it the CLI still works on its own.
  let broker: Broker | undefined
  void startBroker({
    core,
    dataDir: app.getPath('userData'),
    showWindow: () => ui.show()
  }).then(
    (started) => (broker = started),
    (error: Error) => {
      core.addNotice({ id: 'broker', level: 'warning', message: `The command line cannot reach this app: ${error.message}` })
    }
  )
  // Not awaited, as quitting does not wait: close() removes the address file before it returns.
  app.on('will-quit', () => {
    void broker?.close()
    opener.clear()
  })
})

// A tray app lives on with no window open.
app.on('window-all-closed', () => undefined)
