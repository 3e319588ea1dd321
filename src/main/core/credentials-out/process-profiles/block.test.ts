import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { removeProcessProfiles, writeProcessProfiles, type ProcessProfileEntry } from './block'
import { editSharedFile } from '../../files/shared-file'

const ORIGINAL = '# mine\n[default]\nregion = eu-west-1\n\n[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = default\n'

function configFile(text = ORIGINAL) {
  const path = join(mkdtempSync(join(tmpdir(), 'rolecall-config-')), 'config')
  writeFileSync(path, text)
  return path
}

const entry = (name: string, command = 'rolecall'): ProcessProfileEntry => ({ name, credentialProcess: `${command} credential-process ${name}` })

describe('credential_process block', () => {
  it('adds a block of profiles, replaces it on a second add, and removes it leaving the file as it was', async () => {
    const path = configFile()
    await writeProcessProfiles(path, [{ name: 'rolecall-prod-admin-eu', credentialProcess: 'rolecall credential-process "Prod admin (EU)"' }])
    const added = readFileSync(path, 'utf8')
    expect(added.startsWith(ORIGINAL)).toBe(true)
    expect(added.slice(ORIGINAL.length)).toMatch(
      new RegExp(
        [
          '',
          '# BEGIN Rolecall credential_process profiles \\(managed by Rolecall; do not edit inside, Rolecall checks it\\)',
          '\\[profile rolecall-prod-admin-eu\\]',
          'credential_process = rolecall credential-process "Prod admin \\(EU\\)"',
          '# END Rolecall credential_process profiles \\(check [0-9a-f]{16}; Rolecall added the blank line above\\)',
          ''
        ].join('\n') + '$'
      )
    )
    await writeProcessProfiles(path, [entry('rolecall-admin', '/usr/bin/node /opt/rolecall.js')])
    const replaced = readFileSync(path, 'utf8')
    expect(replaced).toContain('credential_process = /usr/bin/node /opt/rolecall.js credential-process rolecall-admin\n')
    expect(replaced).not.toContain('prod-admin')
    expect(await removeProcessProfiles(path)).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL)
    expect(await removeProcessProfiles(path)).toBe(false)
  })

  it('leaves text after the block untouched when the user adds profiles below it', async () => {
    const path = configFile()
    await writeProcessProfiles(path, [entry('rolecall-a')])
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n[profile later]\nregion = us-east-1\n`)
    await writeProcessProfiles(path, [entry('rolecall-b')])
    expect(readFileSync(path, 'utf8')).toMatch(/# END Rolecall credential_process profiles \([^)]*\)\n\n\[profile later\]\nregion = us-east-1\n$/)
  })

  it('leaves the file as it was when the write fails half-way, and says why', async () => {
    const path = configFile()
    const fullDisk = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    }
    await expect(editSharedFile(path, (t) => `${t}[profile x]\n`, fullDisk)).rejects.toThrow(/the disk is full. The file was left as it was/)
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL)
  })

  it('refuses, and deletes nothing, when the user removed the END line', async () => {
    const path = configFile()
    await writeProcessProfiles(path, [entry('rolecall-a')])
    const withoutEnd = readFileSync(path, 'utf8').replace(/# END [^\n]*\n/, '') + '[profile mine]\nregion = x\n'
    writeFileSync(path, withoutEnd)
    await expect(writeProcessProfiles(path, [entry('rolecall-b')])).rejects.toThrow(/needs one BEGIN and one END line but has 1 BEGIN and 0 END \(at 9\).*left the file as it was/)
    await expect(removeProcessProfiles(path)).rejects.toThrow(/look at line 9/)
    expect(readFileSync(path, 'utf8')).toBe(withoutEnd)
  })

  it('finds its block in a CRLF file: replaces it in place and removes it without a trace', async () => {
    const crlf = ORIGINAL.replaceAll('\n', '\r\n')
    const path = configFile(crlf)
    await writeProcessProfiles(path, [entry('rolecall-a')])
    await writeProcessProfiles(path, [entry('rolecall-b')])
    const text = readFileSync(path, 'utf8')
    expect(text.match(/# BEGIN/g)).toHaveLength(1)
    expect(text.replaceAll('\r\n', '')).not.toContain('\n')
    expect(text).toContain('[profile rolecall-b]\r\n')
    expect(await removeProcessProfiles(path)).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(crlf)
  })

  it('refuses a doubled marker, an END before its BEGIN, a damaged marker and a block edited by hand', async () => {
    const path = configFile()
    await writeProcessProfiles(path, [entry('rolecall-a')])
    const written = readFileSync(path, 'utf8')
    const [begin, end] = [written.match(/# BEGIN[^\n]*\n/)![0], written.match(/# END[^\n]*\n/)![0]]
    const cases: [string, RegExp][] = [
      [`${written}${begin}`, /2 BEGIN and 1 END/],
      [`${end}${ORIGINAL}${begin}`, /END line \(1\) before its BEGIN line/],
      [written.replace(end, end.replace('# END', '#END')), /not exactly as Rolecall wrote it; look at line 12/],
      [written.replace('credential-process rolecall-a', 'credential-process other'), /was changed by hand since Rolecall wrote it; look at lines 9–12/],
      [written.replace('[profile rolecall-a]\n', '[profile rolecall-a]\nregion = mine\n'), /was changed by hand/],
      [`${written}  indented = 1\n`, /followed by a line .* look at line 13/]
    ]
    for (const [text, message] of cases) {
      writeFileSync(path, text)
      await expect(writeProcessProfiles(path, [entry('rolecall-b')]), message.source).rejects.toThrow(message)
      await expect(removeProcessProfiles(path)).rejects.toThrow(message)
      expect(readFileSync(path, 'utf8')).toBe(text)
    }
  })

  it("refuses a name the user's own profile has, and a credential_process that would read differently", async () => {
    const path = configFile(`${ORIGINAL}[profile  "rolecall-a"] # mine\nregion = x\n`)
    await expect(writeProcessProfiles(path, [entry('rolecall-a')])).rejects.toThrow(/already has a profile rolecall-a \(line 8\)/)
    for (const credentialProcess of ['rolecall x\n[profile evil]', 'rolecall x\rcredential_process = evil', 'rolecall # x', ' rolecall', 'a\u202eb', '']) {
      await expect(writeProcessProfiles(path, [{ name: 'rolecall-b', credentialProcess }])).rejects.toThrow(/would read differently/)
    }
    for (const name of ['bad name', '__proto__', 'x]\n[default']) await expect(writeProcessProfiles(path, [entry(name)])).rejects.toThrow(/cannot go in/)
    expect(readFileSync(path, 'utf8')).toBe(`${ORIGINAL}[profile  "rolecall-a"] # mine\nregion = x\n`)
  })

  it('round-trips a file without a final newline, or with trailing blank lines, byte for byte', async () => {
    for (const text of ['[default]\nregion = x', '[default]\nregion = x\n\n\n', '', '\r\n', '[default]\r\nregion = x', '[default]\rregion = x\r', '[a]\nk = v\r']) {
      const path = configFile(text)
      await writeProcessProfiles(path, [entry('rolecall-a')])
      await writeProcessProfiles(path, [entry('rolecall-b'), entry('rolecall-c')])
      expect(await removeProcessProfiles(path)).toBe(true)
      expect(readFileSync(path, 'utf8'), JSON.stringify(text)).toBe(text)
    }
  })

  it('still recognises a block written before blocks had a checksum', async () => {
    const legacy = [
      '# BEGIN Rolecall credential_process profiles (managed by Rolecall; edits inside are replaced)',
      '[profile rolecall-admin]',
      'credential_process = rolecall credential-process admin',
      '# END Rolecall credential_process profiles',
      ''
    ].join('\n')
    const path = configFile(`${ORIGINAL}${legacy}`)
    await writeProcessProfiles(path, [entry('rolecall-b')])
    expect(readFileSync(path, 'utf8')).not.toContain('rolecall-admin')
    expect(await removeProcessProfiles(path)).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL)
  })
})
