// The console handoff: a 0600 page in a 0700 folder that carries the sign-in URL to the browser, and is
// removed once read (or after a timeout), so the URL is neither on a command line nor left on disk.
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { handoffOpener, type HandoffOptions } from './handoff'
import { escapeHtml, handoffPage } from './handoff-page'

const URL_WITH_TOKEN = 'https://signin.aws.amazon.com/federation?Action=login&Issuer=Rolecall&SigninToken=secret-token'

function opener(options: Partial<HandoffOptions> = {}) {
  const dir = join(mkdtempSync(join(tmpdir(), 'rolecall-handoff-')), 'console-handoff')
  const launched: string[] = []
  const handoff = handoffOpener({
    dir,
    isAllowed: (url) => url.startsWith('https://signin.aws.amazon.com/'),
    launch: async (fileUrl) => void launched.push(fileUrl),
    pollMs: 10,
    settleMs: 100,
    ...options
  })
  return { dir, launched, handoff }
}

describe('handoffOpener', () => {
  it('keeps the page until the browser reads it, then removes it', async () => {
    const { dir, launched, handoff } = opener({ timeoutMs: 10_000 })
    await handoff.openExternal(URL_WITH_TOKEN)
    const page = fileURLToPath(launched[0]!)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(existsSync(page)).toBe(true)
    const started = Date.now()
    expect(readFileSync(page, 'utf8')).toContain('SigninToken=secret-token')
    await handoff.settled()
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(readdirSync(dir)).toEqual([])
  })

  it('removes a page nobody reads after the timeout', async () => {
    const { dir, handoff } = opener({ timeoutMs: 200 })
    await handoff.openExternal(URL_WITH_TOKEN)
    expect(readdirSync(dir)).toHaveLength(1)
    await handoff.settled()
    expect(readdirSync(dir)).toEqual([])
  })

  it('writes nothing for a URL off the allow-list, and removes the page when the opener cannot start', async () => {
    const refused = opener()
    await expect(refused.handoff.openExternal('https://attacker.example/')).rejects.toThrow(/Refused/)
    expect(refused.launched).toEqual([])
    const broken = opener({ launch: async () => Promise.reject(new Error('xdg-open could not be started')) })
    await expect(broken.handoff.openExternal(URL_WITH_TOKEN)).rejects.toThrow(/xdg-open/)
    expect(readdirSync(broken.dir)).toEqual([])
  })

  it("clear() removes every handoff page, an earlier run's too, and nothing else", async () => {
    const { dir, handoff } = opener({ timeoutMs: 10_000 })
    await handoff.openExternal(URL_WITH_TOKEN)
    const leftover = join(dir, `signin-${'a'.repeat(32)}.html`)
    writeFileSync(leftover, 'old')
    writeFileSync(join(dir, 'notes.txt'), 'not ours')
    handoff.clear()
    await handoff.settled()
    expect(readdirSync(dir)).toEqual(['notes.txt'])
  })

  it('removes pages an ended process left behind once they are older than the timeout', async () => {
    const { dir, handoff } = opener({ timeoutMs: 10_000 })
    await handoff.openExternal(URL_WITH_TOKEN)
    const old = join(dir, `signin-${'b'.repeat(32)}.html`)
    const recent = join(dir, `signin-${'c'.repeat(32)}.html`)
    writeFileSync(old, 'old')
    writeFileSync(recent, 'recent')
    utimesSync(old, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000))
    await handoff.openExternal(URL_WITH_TOKEN)
    expect(existsSync(old)).toBe(false)
    expect(existsSync(recent)).toBe(true)
    handoff.clear()
  })
})

describe('handoffPage', () => {
  it('escapes the URL wherever it appears, so no URL can end the attribute or add markup', () => {
    const hostile = `https://signin.aws.amazon.com/x?a="><script>alert(1)</script>&b='`
    const page = handoffPage(hostile)
    expect(page).not.toContain('<script>')
    expect(page.match(new RegExp(escapeHtml(hostile).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))).toHaveLength(2)
    expect(page).toContain(`content="default-src 'none'`)
  })
})
