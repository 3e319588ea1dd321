import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { botocoreParse, sdkParse } from '../../../../test/support/ini-parsers'
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

  it("keeps the user's section under a header with a comment on it when Rolecall rewrites and removes its own above it", async () => {
    for (const header of ['[prod] # long-term keys', '[prod] ; note', '[prod]\t;x', '[prod]]']) {
      const user = `${header}\naws_access_key_id = AKIAUSER\naws_secret_access_key = usersecret\n`
      const path = file(`[default]\nregion = x\n`)
      await writeProfile(path, { profile: 'rolecall-a', roleName: 'A', credentials: creds(1) })
      writeFileSync(path, readFileSync(path, 'utf8') + user)
      await writeProfile(path, { profile: 'rolecall-a', roleName: 'A', credentials: creds(2) })
      expect(readFileSync(path, 'utf8').endsWith(`aws_session_token = token2\n${user}`), header).toBe(true)
      expect(await removeProfile(path, 'rolecall-a')).toBe(true)
      expect(readFileSync(path, 'utf8'), header).toBe(`[default]\nregion = x\n${user}`)
    }
  })

  it('refuses a profile the user already has in any spelling the SDK or botocore reads, naming the file and line', async () => {
    for (const header of ['[prod] # note', '[prod] ; note', '[prod]\t;x', '[ prod ]', '  [prod]', '[prod]#x', '[prod]\r', 'x = 1\r[prod]']) {
      const text = `[default]\r\nregion = x\r\n${header}\r\naws_access_key_id = AKIAUSER\r\n`
      const path = file(text)
      await expect(writeProfile(path, { profile: 'prod', roleName: 'P', credentials: creds(1) }), JSON.stringify(header)).rejects.toThrow(
        new RegExp(`${path}.* already has a \\[prod\\] profile that Rolecall did not write \\(line 3: `)
      )
      expect(await removeProfile(path, 'prod')).toBe(false)
      expect(readFileSync(path, 'utf8')).toBe(text)
    }
  })

  it('leaves the comment just above the next section when it removes its own section', async () => {
    const path = file('[default]\nregion = x\n')
    await writeProfile(path, { profile: 'rolecall-a', roleName: 'A', credentials: creds(1) })
    const after = '\n# my work keys, rotated monthly\n[work]\naws_access_key_id = AKIAWORK\n'
    writeFileSync(path, readFileSync(path, 'utf8') + after)
    expect(await removeProfile(path, 'rolecall-a')).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(`[default]\nregion = x\n${after}`)
  })

  it('round-trips a file without a final newline, or with trailing blank lines, byte for byte', async () => {
    for (const text of ['[default]\nregion = x', '[default]\nregion = x\n\n', '[default]\nregion = x\n\n\n', '', '\n', '[a]\r\nk = v', '# only a comment', '[a]\rk = v\r', '[a]\nk = v\r']) {
      const path = file(text)
      await writeProfile(path, { profile: 'rolecall-a', roleName: 'A', credentials: creds(1) })
      await writeProfile(path, { profile: 'rolecall-b', roleName: 'B', credentials: creds(2) })
      await writeProfile(path, { profile: 'rolecall-a', roleName: 'A', credentials: creds(3) })
      expect(await removeProfile(path, 'rolecall-a')).toBe(true)
      expect(await removeProfile(path, 'rolecall-b')).toBe(true)
      expect(readFileSync(path, 'utf8'), JSON.stringify(text)).toBe(text)
    }
  })

  it('keeps a role name with a line break and a section header inside the marker comment', async () => {
    const path = file('')
    const roleName = 'x\n[default]\naws_access_key_id = AKIAEVIL\raws_secret_access_key = evil\u2028\u202e\u0085'
    await writeProfile(path, { profile: 'rolecall-a', roleName, credentials: creds(1) })
    const text = readFileSync(path, 'utf8')
    expect(text.split('\n')).toHaveLength(6)
    expect(Object.keys(await sdkParse(text, 'credentials'))).toEqual(['rolecall-a'])
    const [boto] = botocoreParse([text])
    expect(boto).toMatchObject({ sections: { 'rolecall-a': { aws_access_key_id: 'ASIA1', aws_secret_access_key: 'secret/1+=', aws_session_token: 'token1' } } })
    expect(Object.keys((boto as { sections: object }).sections)).toEqual(['rolecall-a'])
    expect(text).toContain('(x\\u000a[default]\\u000aaws_access_key_id = AKIAEVIL\\u000daws_secret_access_key = evil\\u2028\\u202e\\u0085);')
  })

  it("refuses a section it wrote that was changed, names the AWS tools read specially, and values that would break the file", async () => {
    const path = file('')
    await writeProfile(path, { profile: 'rolecall-a', roleName: 'A', credentials: creds(1) })
    const edited = readFileSync(path, 'utf8').replace('aws_session_token', 'region = mine\naws_session_token')
    writeFileSync(path, edited)
    await expect(writeProfile(path, { profile: 'rolecall-a', roleName: 'A', credentials: creds(2) })).rejects.toThrow(/section Rolecall wrote \(line 1\) was changed \(line 5\)/)
    await expect(removeProfile(path, 'rolecall-a')).rejects.toThrow(/was changed/)
    for (const profile of ['DEFAULT', '__proto__', 'a b', 'x]\n[default']) {
      await expect(writeProfile(path, { profile, roleName: 'A', credentials: creds(1) })).rejects.toThrow(/cannot be a profile/)
    }
    await expect(writeProfile(path, { profile: 'rolecall-b', roleName: 'A', credentials: { ...creds(1), sessionToken: 't\n[default]' } })).rejects.toThrow(/characters/)
    expect(readFileSync(path, 'utf8')).toBe(edited)
  })

  it("takes only its own section when the user added one of the same name below it, and will not write while it is there", async () => {
    const path = file('[default]\nregion = x\n')
    await writeProfile(path, { profile: 'prod', roleName: 'P', credentials: creds(1) })
    const theirs = '[prod] # mine now\naws_access_key_id = AKIAUSER\n'
    writeFileSync(path, readFileSync(path, 'utf8') + theirs)
    const before = readFileSync(path, 'utf8')
    await expect(writeProfile(path, { profile: 'prod', roleName: 'P', credentials: creds(2) })).rejects.toThrow(/already has a \[prod\] profile that Rolecall did not write \(line 9: /)
    expect(readFileSync(path, 'utf8')).toBe(before)
    expect(await removeProfile(path, 'prod')).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(`[default]\nregion = x\n${theirs}`)
  })
})
