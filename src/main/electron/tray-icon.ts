// The tray icon: its image per state (template images on macOS, .ico on Windows, PNG on Linux),
// tooltip, macOS title, and context menu, all translated from the core's tray model.
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron'
import { join } from 'node:path'
import type { TrayAction, TrayIconState, TrayMenuItem } from '../core/tray/tray-menu'

export function trayIconPath(resources: string, state: TrayIconState, platform = process.platform): string {
  if (platform === 'darwin') return join(resources, 'tray', `${state}Template.png`)
  if (platform === 'win32') return join(resources, 'tray', `${state}.ico`)
  return join(resources, 'tray', `${state}.png`)
}

export function createTray(resources: string, onClick: () => void): Tray {
  const tray = new Tray(nativeImage.createFromPath(trayIconPath(resources, 'idle')))
  tray.on('click', onClick)
  return tray
}

export function setTrayIcon(tray: Tray, resources: string, state: TrayIconState): void {
  tray.setImage(nativeImage.createFromPath(trayIconPath(resources, state)))
}

export function menuTemplate(items: TrayMenuItem[], run: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' }
      case 'header':
        return { label: item.label, enabled: false }
      case 'submenu':
        return { label: item.label, submenu: menuTemplate(item.items, run) }
      case 'item':
        return { label: item.label, enabled: item.enabled ?? true, click: () => run(item.action) }
    }
  })
}

export function setTrayMenu(tray: Tray, items: TrayMenuItem[], run: (action: TrayAction) => void): void {
  tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(items, run)))
}
