// Electron security checklist, "do not use openExternal with untrusted content": the opener hands
// Electron's shell nothing but the file URL of a handoff page, written only for AWS sign-in addresses (and
// the federation endpoint the user configured), so the sign-in URL is never on a command line.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { handoffDir, type HandoffOpener } from '../../src/main/core/console/handoff'
import { signinOverride } from '../../src/main/core/console/signin-endpoint'
import { dispatch } from '../../src/main/core/ipc/ipc-router'
import { electronOpener } from '../../src/main/electron/clipboard-and-opener'
import { ROLES, startWorld } from '../support/world'

const openers: HandoffOpener[] = []
afterEach(() => openers.splice(0).forEach((o) => o.clear()))

function recordingShell(configuredOrigin?: string) {
  const opened: string[] = []
  const dir = handoffDir(mkdtempSync(join(tmpdir(), 'rolecall-data-')))
  const shell = {
    openExternal: async (url: string) => {
      opened.push(url)
    }
  }
  const opener = electronOpener(shell, { dir, configuredOrigin, timeoutMs: 5_000 })
  openers.push(opener)
  return { opened, dir, opener }
}

describe('electronOpener', () => {
  it.each([
    'https://signin.aws.amazon.com/federation?Action=login&SigninToken=x',
    'https://eu-west-1.signin.aws.amazon.com/federation?Action=login',
    'https://signin.amazonaws.cn/federation',
    'https://signin.amazonaws-us-gov.com/federation'
  ])('opens %s through a handoff page: only the page file URL reaches the shell', async (url) => {
    const { opener, opened, dir } = recordingShell()
    await opener.openExternal(url)
    expect(opened).toHaveLength(1)
    const page = fileURLToPath(opened[0]!)
    expect(readdirSync(dir).map((name) => join(dir, name))).toEqual([page])
    expect(opened[0]).toMatch(/^file:\/\/\/.*\.html$/)
    expect(opened[0]).not.toMatch(/amazon|federation|SigninToken/)
    expect(readFileSync(page, 'utf8')).toContain(`url=${url.replaceAll('&', '&amp;')}"`)
    expect(statSync(page).mode & 0o777).toBe(0o600)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
  })

  it.each([
    'https://example.com/',
    'http://signin.aws.amazon.com/federation',
    'https://signin.aws.amazon.com.attacker.example/',
    'https://evilsignin.aws.amazon.com/',
    'https://user:pass@signin.aws.amazon.com/',
    'https://signin.aws.amazon.com:8443/',
    'file:///etc/passwd',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'not a url'
  ])('refuses %s, writes no page and never calls shell.openExternal', async (url) => {
    const { opener, opened, dir } = recordingShell()
    await expect(opener.openExternal(url)).rejects.toThrow(/Refused/)
    expect(opened).toEqual([])
    expect(existsSync(dir)).toBe(false)
  })

  it('adds only the exact origin of a configured federation endpoint', async () => {
    const { opener, opened } = recordingShell('http://127.0.0.1:4566')
    await opener.openExternal('http://127.0.0.1:4566/federation?Action=login')
    await expect(opener.openExternal('http://127.0.0.1:4567/federation')).rejects.toThrow(/Refused/)
    expect(opened).toHaveLength(1)
    expect(readFileSync(fileURLToPath(opened[0]!), 'utf8')).toContain('url=http://127.0.0.1:4566/federation?Action=login"')
  })
})

describe("the app's Open console, through the Electron opener", () => {
  it('hands the shell only the file URL of a page that holds the sign-in URL, and the page goes once read', async () => {
    const opened: string[] = []
    let opener: HandoffOpener | undefined
    const world = await startWorld({
      config: ['[profile admin]', `role_arn = ${ROLES.admin}`, 'source_profile = base', ''].join('\n'),
      // Made once the world has set AWS_ENDPOINT_URL_SIGNIN to its local federation endpoint, as the app reads it at start.
      coreDeps: { opener: { openExternal: (url) => opener!.openExternal(url) } }
    })
    try {
      const dir = handoffDir(mkdtempSync(join(tmpdir(), 'rolecall-data-')))
      opener = electronOpener({ openExternal: async (url: string) => void opened.push(url) }, { dir, configuredOrigin: signinOverride(process.env).origin, settleMs: 100 })
      openers.push(opener)
      expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: 'profile:admin' })).toMatchObject({ ok: true })
      expect(await dispatch(world.core.handlers, 'sessions:open-console', { roleId: 'profile:admin' })).toEqual({ ok: true, value: null })

      expect(opened).toHaveLength(1)
      expect(opened[0]).not.toMatch(/SigninToken|federation/)
      const page = readFileSync(fileURLToPath(opened[0]!), 'utf8')
      const target = new URL(/content="0;url=([^"]+)"/.exec(page)![1]!.replaceAll('&amp;', '&'))
      expect(target.origin).toBe(new URL(world.sts.url).origin)
      expect(target.searchParams.get('SigninToken')).toBeTruthy()
      await opener.settled()
      expect(existsSync(fileURLToPath(opened[0]!))).toBe(false)
    } finally {
      await world.close()
    }
  })
})
