// The tray icon and its context menu, translated from the core's menu model.
import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron'
import type { TrayAction, TrayMenuItem } from '../core/tray-menu'

export function createTray(iconPath: string, onClick: () => void): Tray {
  const image = nativeImage.createFromPath(iconPath)
  if (process.platform === 'darwin') image.setTemplateImage(true)
  const tray = new Tray(image)
  tray.setToolTip('Rolecall')
  tray.on('click', onClick)
  return tray
}

export function setTrayMenu(tray: Tray, items: TrayMenuItem[], run: (action: TrayAction) => void): void {
  const template = items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' }
      case 'header':
        return { label: item.label, enabled: false }
      case 'item':
        return { label: item.label, enabled: item.enabled ?? true, click: () => run(item.action) }
    }
  })
  tray.setContextMenu(Menu.buildFromTemplate(template))
}
