import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { removeProfile, writeProfile } from './credentials-file'

const creds = (n: number) => ({
  accessKeyId: `ASIA${n}`,
  secretAccessKey: `secret/${n}+=`,
  sessionToken: `token${n}`,
  expiresAt: Date.parse('2030-01-01T00:00:00Z')
})

const ORIGINAL = [
  '# my credentials, hand-kept',
  '[default]',
  'aws_access_key_id = AKIAUSER',
  'aws_secret_access_key = usersecret ; inline comment',
  '',
  '[work]   ',
  'aws_access_key_id=AKIAWORK',
  'aws_secret_access_key=worksecret',
  ''
].join('\n')

function file(text = ORIGINAL) {
  const path = join(mkdtempSync(join(tmpdir(), 'rolecall-creds-')), 'credentials')
  writeFileSync(path, text, { mode: 0o644 })
  return path
}

describe('credentials file', () => {
  it('adds a managed profile, rewrites it on refresh, and removes it, leaving every other byte as it was', async () => {
    const path = file()
    await writeProfile(path, { profile: 'rolecall-admin', roleName: 'Admin', credentials: creds(1) })
    const written = readFileSync(path, 'utf8')
    expect(written.startsWith(ORIGINAL)).toBe(true)
    expect(written.slice(ORIGINAL.length)).toBe(
      [
        '',
        '[rolecall-admin]',
        '# Managed by Rolecall (Admin); rewritten on refresh, removed when the session ends. Expires 2030-01-01T00:00:00.000Z; Rolecall added the blank line above',
        'aws_access_key_id = ASIA1',
        'aws_secret_access_key = secret/1+=',
        'aws_session_token = token1',
        ''
      ].join('\n')
    )
    expect(statSync(path).mode & 0o777).toBe(0o600)
    await writeProfile(path, { profile: 'rolecall-admin', roleName: 'Admin', credentials: creds(2) })
    expect(readFileSync(path, 'utf8')).toBe(written.replaceAll('ASIA1', 'ASIA2').replace('secret/1+=', 'secret/2+=').replace('token1', 'token2'))
    expect(await removeProfile(path, 'rolecall-admin')).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL)
  })

  it('replaces a managed section in the middle without touching its neighbours, CRLF and all', async () => {
    const crlf = ORIGINAL.replaceAll('\n', '\r\n')
    const path = file(crlf)
    await writeProfile(path, { profile: 'mid', roleName: 'Mid', credentials: creds(1) })
    const withTail = `${readFileSync(path, 'utf8')}\r\n[after]\r\nregion = x\r\n`
    writeFileSync(path, withTail)
    await writeProfile(path, { profile: 'mid', roleName: 'Mid', credentials: creds(2) })
    const text = readFileSync(path, 'utf8')
    expect(text.startsWith(crlf)).toBe(true)
    expect(text.endsWith('\r\n[after]\r\nregion = x\r\n')).toBe(true)
    expect(text).toContain('ASIA2')
    expect(text).not.toContain('ASIA1')
  })

  it('refuses to overwrite a profile the user wrote', async () => {
    const path = file()
    await expect(writeProfile(path, { profile: 'work', roleName: 'Admin', credentials: creds(1) })).rejects.toThrow(
      /already has a \[work\] profile that Rolecall did not write/
    )
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL)
    expect(await removeProfile(path, 'work')).toBe(false)
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL)
  })

  it('creates the file (and folder) when there is none, and keeps concurrent writers from losing each other', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rolecall-creds-')), 'nested', 'credentials')
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => writeProfile(path, { profile: `p${i}`, roleName: `R${i}`, credentials: creds(i) }))
    )
    const text = readFileSync(path, 'utf8')
    for (let i = 0; i < 8; i++) expect(text).toContain(`[p${i}]`)
  })
})
