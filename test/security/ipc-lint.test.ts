// The lint rules that keep IPC in the adapter: a raw webContents.send or an ipcMain import anywhere else in
// src fails `npm run lint`, while the adapter's own files may use them.
import { ESLint } from 'eslint'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') })

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file })
  return result!.messages.map((m) => m.ruleId ?? m.message)
}

describe('IPC stays in the adapter', () => {
  it('refuses a raw event sent from main outside sendEvent', async () => {
    const code = "declare const ui: { window: { webContents: { send(c: string, p: null): void } } }\nui.window.webContents.send('ui:focus-search', null)\n"
    expect(await ruleIds(code, 'src/main/index.ts')).toContain('no-restricted-syntax')
    const viaVariable = "declare const contents: { send(c: string, p: null): void }\ncontents.send('app:state', null)\n"
    expect(await ruleIds(viaVariable, 'src/main/electron/ipc.ts')).toContain('no-restricted-syntax')
  })

  it('refuses ipcMain and ipcRenderer outside registerIpc, the composition root and the preload', async () => {
    const code = "import { ipcMain } from 'electron'\nexport const x = ipcMain\n"
    expect(await ruleIds(code, 'src/main/electron/tray-window.ts')).toContain('no-restricted-imports')
    expect(await ruleIds(code, 'src/main/index.ts')).not.toContain('no-restricted-imports')
  })
})
