// Where the tray window goes: under (macOS) or above (Windows taskbar) the tray icon, kept on screen.

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export function positionNearTray(tray: Rect, size: { width: number; height: number }, workArea: Rect): { x: number; y: number } {
  const centredX = Math.round(tray.x + tray.width / 2 - size.width / 2)
  const trayAtTop = tray.y < workArea.y + workArea.height / 2
  const y = trayAtTop ? tray.y + tray.height + 4 : tray.y - size.height - 4
  return {
    x: clamp(centredX, workArea.x, workArea.x + workArea.width - size.width),
    y: clamp(y, workArea.y, workArea.y + workArea.height - size.height)
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value))
}
