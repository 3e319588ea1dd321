// The real Electron app through Playwright's _electron: hardened window, the preload's bridge over
// real IPC, the tray window's close-to-hide, and a role assumed against the local STS.
// With ROLECALL_E2E_PACKAGED=1 (CI, after npm run package:e2e) they run the packaged e2e build: the
// fused binary and app.asar a release ships, with only --inspect kept for Playwright. Otherwise they run
// `electron .` with the npm package's binary, which cannot be downloaded on every machine; without one they skip.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { packagedExecutable } from '../../electron-builder.config'
import { channels } from '../../src/shared/channels'
import { ROLES, startWorld, type World } from '../../test/support/world'
import { addAndAssume, addRole } from '../ui-steps'

// Looks for an installed binary without require('electron'), which would try to download one.
function electronBinary(): string | undefined {
  const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'), readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : undefined
}
const packaged = process.env.ROLECALL_E2E_PACKAGED === '1'
const binary = packaged ? packagedExecutable('e2e') : electronBinary()
const SKIP_REASON = 'No Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); .github/workflows/electron.yml runs these'
// The list reporter does not print skip reasons, so say it once where people read.
if (!binary) console.log(`_electron specs skipped: ${SKIP_REASON}`)
test.skip(!binary, SKIP_REASON)

let world: World
let app: ElectronApplication

test.beforeEach(async () => {
  world = await startWorld()
  const profileDir = mkdtempSync(join(tmpdir(), 'rolecall-electron-'))
  app = await electron.launch({
    executablePath: binary,
    // A packaged app loads its own app.asar; `electron .` is told where the app is.
    args: packaged ? ['--no-sandbox'] : ['.', '--no-sandbox'],
    env: { ...process.env, ...world.home.env, XDG_CONFIG_HOME: profileDir, HOME: profileDir } as Record<string, string>
  })
})

test.afterEach(async () => {
  await app?.close()
  await world?.close()
})

test('the window is sandboxed, isolated and without Node', async () => {
  const page = await app.firstWindow()
  // getLastWebPreferences is Electron's internal view of what the window really runs with.
  const prefs = await app.evaluate(({ BrowserWindow }) =>
    (BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): unknown }).getLastWebPreferences()
  )
  expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
  expect(await page.evaluate(() => [typeof (window as unknown as { require?: unknown }).require, typeof (window as unknown as { process?: unknown }).process])).toEqual(['undefined', 'undefined'])
  expect(await page.evaluate(() => Object.keys(window.rolecall).sort())).toEqual(
    [...Object.values(channels), 'onState'].sort()
  )
  expect(await page.evaluate(() => window.open('https://example.com') === null)).toBe(true)
})

test('navigation away from the app is blocked', async () => {
  const page = await app.firstWindow()
  const before = page.url()
  await page.evaluate(() => {
    window.location.href = 'https://example.com/'
  })
  await page.waitForTimeout(500)
  expect(page.url()).toBe(before)
})

test('closing the window hides it and the app keeps running', async () => {
  const page = await app.firstWindow()
  await page.getByRole('heading', { name: 'Rolecall' }).waitFor()
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.close())
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isVisible()))).toEqual([false])
})

test('adds and assumes a role over real IPC', async () => {
  const page = await app.firstWindow()
  await addAndAssume(page, 'Admin', ROLES.admin)
  expect(world.sts.calls.some((c) => c.action === 'AssumeRole' && c.status === 200)).toBe(true)
})

test('the tray menu lists roles and runs what is clicked (through the e2e-build test hook)', async () => {
  const page = await app.firstWindow()
  await addRole(page, 'Admin', ROLES.admin)
  await page.getByRole('button', { name: 'Favourite Admin' }).click()
  type Hook = { menu(): { label?: string; action?: unknown }[]; run(action: unknown): void }
  const labels = await app.evaluate(() => (globalThis as unknown as { __rolecallTray: Hook }).__rolecallTray.menu().map((i) => i.label ?? '-'))
  expect(labels).toEqual(expect.arrayContaining(['Favourites', 'Admin', 'All roles…', 'Show Rolecall', 'Settings…', 'Quit']))
  await app.evaluate(() => {
    const hook = (globalThis as unknown as { __rolecallTray: Hook }).__rolecallTray
    hook.run(hook.menu().find((i) => i.label === 'Admin')!.action)
  })
  await expect(page.getByRole('timer', { name: 'Time left for Admin' })).toBeVisible()
})
