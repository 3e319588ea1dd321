// The Rolecall window: sandboxed, isolated, hidden rather than closed, placed near the tray where
// the platform has one at a known position (macOS, Windows) and an ordinary window on Linux.
import { BrowserWindow, screen, type Tray } from 'electron'
import { positionNearTray } from '../core/tray/window-position'
import { secureWebPreferences } from './web-preferences'

const SIZE = { width: 400, height: 620 }

export interface TrayWindow {
  window: BrowserWindow
  show(): void
  toggle(): void
  allowClose(): void
}

export function createTrayWindow(
  preloadPath: string,
  load: (win: BrowserWindow) => Promise<void>,
  tray: Tray,
  hideOnBlur: () => boolean
): TrayWindow {
  const window = new BrowserWindow({
    ...SIZE,
    show: false,
    title: 'Rolecall',
    resizable: process.platform === 'linux',
    skipTaskbar: process.platform !== 'linux',
    frame: process.platform === 'linux',
    webPreferences: secureWebPreferences(preloadPath)
  })
  let quitting = false
  window.on('close', (event) => {
    if (quitting) return
    event.preventDefault()
    window.hide()
  })
  // Near the tray (macOS, Windows) the window behaves like a popover; on Linux it is an ordinary window.
  window.on('blur', () => {
    if (process.platform !== 'linux' && hideOnBlur() && !window.webContents.isDevToolsOpened()) window.hide()
  })
  void load(window)

  const show = (): void => {
    if (process.platform !== 'linux') {
      const bounds = tray.getBounds()
      const { workArea } = screen.getDisplayMatching(bounds)
      const { x, y } = positionNearTray(bounds, SIZE, workArea)
      window.setPosition(x, y, false)
    }
    window.show()
    window.focus()
  }
  return {
    window,
    show,
    toggle: () => (window.isVisible() && window.isFocused() ? window.hide() : show()),
    allowClose: () => {
      quitting = true
    }
  }
}
