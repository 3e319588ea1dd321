// Leak audit: the real core, behind the real IPC registration and the real broker, runs every flow that
// handles credentials (assume with and without MFA, refresh, copy, console, credentials file, the CLI
// through the broker, failures, quit) under a throwaway HOME and data folder. Everything that leaves
// main is recorded: what the window is sent and answered, what the CLI is answered, notifications,
// URLs handed to the OS, console and stdout/stderr output, and every file left behind. No secret key or
// session token STS issued (nor the user's own secret key) may appear anywhere except the clipboard
// text and credentials-file profile the user asked for, and the credentials the CLI asked for.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { format } from 'node:util'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { exportFormats } from '../../src/shared/contract'
import { askBroker } from '../../src/main/core/broker/client'
import { startBroker } from '../../src/main/core/broker/server'
import { forwardState, registerIpc } from '../../src/main/electron/ipc'
import { credentialsSection } from '../support/aws-home'
import { memoryClipboard } from '../support/edge-fakes'
import { settingsConf } from '../support/settings-conf'
import { ALICE, ROLES, startWorld, type World } from '../support/world'
import { FakeIpcMain, FakeWebContents } from './electron-fakes'

const RENDERER = pathToFileURL('/opt/Rolecall/resources/app.asar/out/renderer/index.html').toString()
const OUR_FRAME = { url: RENDERER, parent: null }

// A config profile whose source needs MFA: GetSessionToken first, whose session must never leave main.
const CONFIG = ['[profile base-mfa]', `mfa_serial = ${ALICE.mfaSerial}`, '[profile mfa]', `role_arn = ${ROLES.mfa}`, 'source_profile = base-mfa', ''].join('\n')

let world: World | undefined
let dataDir: string | undefined
afterEach(async () => {
  vi.restoreAllMocks()
  await world?.close()
  world = undefined
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

/** Console and stdout/stderr output while the flows run, one entry per call. */
function captureOutput(): string[] {
  const lines: string[] = []
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(format(...args)))
  }
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => lines.push(String(chunk)) > 0)
  }
  return lines
}

/** Every regular file under the folders, by path, as text. */
function readTree(...dirs: string[]): Map<string, string> {
  const files = new Map<string, string>()
  for (const dir of dirs) {
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.set(join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    }
  }
  return files
}

type Creds = { secretAccessKey: string; sessionToken: string }
const secretsOf = (c: Creds): string[] => [c.secretAccessKey, c.sessionToken]

describe('leak audit', () => {
  it('no secret leaves main except where the user asked for it', async ({ annotate }) => {
    dataDir = mkdtempSync(join(tmpdir(), 'rolecall-audit-data-'))
    const clipboard = memoryClipboard()
    const copied: string[] = []
    const write = clipboard.writeText.bind(clipboard)
    clipboard.writeText = async (text) => {
      copied.push(text)
      await write(text)
    }
    world = await startWorld({
      config: CONFIG,
      coreDeps: { clipboard, store: settingsConf(dataDir) }
    })
    world.home.write({ credentials: ['default', 'base', 'base-mfa'].map((profile) => credentialsSection(profile, ALICE)).join('\n') })
    const { core, sts } = world

    // The window, as Electron's IPC would reach it.
    const ipc = new FakeIpcMain()
    const window = new FakeWebContents()
    registerIpc(ipc.asElectron(), core, RENDERER, () => window.asElectron())
    forwardState(core, () => window.asElectron())
    const answers: unknown[] = []
    const ask = async <T = unknown>(channel: string, payload?: unknown): Promise<T> => {
      const answer = await ipc.invoke(channel, payload, window, OUR_FRAME)
      answers.push(answer)
      return answer as T
    }
    const idOf = async (displayName: string, roleArn: string) =>
      (await ask<{ value: { id: string } }>('roles:save', { displayName, roleArn })).value.id

    const output = captureOutput()
    const admin = await idOf('Admin', ROLES.admin)
    const readOnly = await idOf('ReadOnly', ROLES.readOnly)
    const untrusted = await idOf('Untrusted', ROLES.untrusted)
    const mfa = core.role('profile:mfa')!.id

    await ask('roles:credentials-file', { roleId: admin, profile: 'rolecall-admin' })
    await ask('roles:assume', { roleId: admin })
    await ask('sessions:refresh', { roleId: admin })
    for (const format of exportFormats) await ask('sessions:copy-export', { roleId: admin, format })
    await ask('sessions:open-console', { roleId: admin })
    await ask('roles:assume', { roleId: mfa })
    await ask('roles:assume', { roleId: mfa, mfaCode: ALICE.mfaCodes[0] })
    await ask('roles:assume', { roleId: untrusted })
    sts.injectFault({ kind: 'malformed', action: 'AssumeRole', times: 2 })
    await ask('roles:assume', { roleId: readOnly })
    sts.clearFaults()

    // The CLI through the broker: credentials it asks for, a console URL, a refusal.
    const broker = await startBroker({ core, dataDir, showWindow: () => undefined })
    const cliCredentials = JSON.stringify(await askBroker(dataDir, { op: 'credentials', role: 'ReadOnly' }, 10_000))
    const cliOther = [
      await askBroker(dataDir, { op: 'console', role: 'Admin' }, 10_000),
      await askBroker(dataDir, { op: 'credentials', role: 'Nobody' }, 10_000)
    ]

    const adminSession = await core.credentialsFor(admin)
    const readOnlySession = await core.credentialsFor(readOnly)
    if (!adminSession.ok || !readOnlySession.ok) return expect.fail('the sessions should be live')
    const whileRunning = readTree(world.home.dir, dataDir)
    await broker.close()
    await ask('sessions:end', { roleId: admin })
    await core.dispose()
    const afterQuit = readTree(world.home.dir, dataDir)
    vi.restoreAllMocks()

    const issued = sts.issued()
    const mfaSessions = issued.filter((c) => c.callerArn === ALICE.arn)
    const secrets = [ALICE.secretAccessKey, ...issued.flatMap(secretsOf)]
    const found = (text: string) => secrets.filter((s) => text.includes(s) || text.includes(encodeURIComponent(s)))

    // The flows really ran: sessions for three roles and one MFA session, and every sink was used.
    expect(issued.length).toBeGreaterThanOrEqual(4)
    expect(mfaSessions).toHaveLength(1)
    expect(world.opener.opened).toHaveLength(1)
    expect(copied.length).toBeGreaterThan(exportFormats.length)

    const toWindow = [...window.sent, ...answers]
    const elsewhere = [...toWindow, ...world.notifier.shown, ...world.opener.opened, ...cliOther, ...output]
    for (const message of elsewhere) expect(found(JSON.stringify(message))).toEqual([])

    // The clipboard held only the session whose export the user asked for.
    const adminSecrets = secretsOf(adminSession.value.credentials)
    expect(copied.filter((text) => text !== '').every((text) => found(text).every((s) => adminSecrets.includes(s)))).toBe(true)
    expect(copied.some((text) => adminSecrets.every((s) => text.includes(s)))).toBe(true)

    // The CLI got only the role it named.
    expect(found(cliCredentials).sort()).toEqual(secretsOf(readOnlySession.value.credentials).sort())

    // On disk: the user's own key and the profile they asked for, in the credentials file only; after quit, only their key.
    const credentialsFile = world.home.credentialsFile
    for (const [files, allowed] of [
      [whileRunning, [ALICE.secretAccessKey, ...adminSecrets]],
      [afterQuit, [ALICE.secretAccessKey]]
    ] as const) {
      for (const [path, text] of files) if (path !== credentialsFile) expect(found(text), path).toEqual([])
      expect(found(files.get(credentialsFile) ?? '').sort()).toEqual([...allowed].sort())
    }
    // Nothing from the MFA session, anywhere, ever.
    const mfaSecrets = mfaSessions.flatMap(secretsOf)
    const everything = [...elsewhere.map((m) => JSON.stringify(m)), ...copied, cliCredentials, ...whileRunning.values(), ...afterQuit.values()]
    expect(everything.filter((text) => mfaSecrets.some((s) => text.includes(s)))).toEqual([])

    const files = new Set([...whileRunning.keys(), ...afterQuit.keys()])
    await annotate(
      `inspected ${toWindow.length} messages to the window (${window.sent.length} sent, ${answers.length} answers), ` +
        `${cliOther.length + 1} broker answers, ${world.notifier.shown.length} notifications, ${world.opener.opened.length} opened URLs, ` +
        `${output.length} output lines, ${copied.length} clipboard writes, ${files.size} files; ${secrets.length} secrets tracked`
    )
  })
})
