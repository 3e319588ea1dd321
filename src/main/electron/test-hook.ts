// A handle on the tray for the _electron specs, compiled in only for end-to-end builds
// (electron-vite build --mode e2e); production builds drop it as dead code.
import type { TrayAction, TrayMenuItem } from '../core/tray/tray-menu'

export function installTestHook(menu: () => TrayMenuItem[], run: (action: TrayAction) => void): void {
  if (import.meta.env.MODE !== 'e2e') return
  Object.assign(globalThis, { __rolecallTray: { menu, run } })
}
