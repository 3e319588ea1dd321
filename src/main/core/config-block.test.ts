import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { removeProcessProfiles, writeProcessProfiles } from './config-block'
import { editSharedFile } from './shared-file'

const ORIGINAL = '# mine\n[default]\nregion = eu-west-1\n\n[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = default\n'

function configFile(text = ORIGINAL) {
  const path = join(mkdtempSync(join(tmpdir(), 'rolecall-config-')), 'config')
  writeFileSync(path, text)
  return path
}

describe('credential_process block', () => {
  it('adds a block of profiles, replaces it on a second add, and removes it leaving the file as it was', async () => {
    const path = configFile()
    await writeProcessProfiles(path, [{ name: 'rolecall-prod-admin-eu', credentialProcess: 'rolecall credential-process app.1' }])
    const added = readFileSync(path, 'utf8')
    expect(added.startsWith(ORIGINAL)).toBe(true)
    expect(added.slice(ORIGINAL.length)).toBe(
      [
        '',
        '# BEGIN Rolecall credential_process profiles (managed by Rolecall; edits inside are replaced)',
        '[profile rolecall-prod-admin-eu]',
        'credential_process = rolecall credential-process app.1',
        '# END Rolecall credential_process profiles',
        ''
      ].join('\n')
    )
    await writeProcessProfiles(path, [{ name: 'rolecall-admin', credentialProcess: '/usr/bin/node /opt/rolecall.js credential-process profile.admin' }])
    const replaced = readFileSync(path, 'utf8')
    expect(replaced).toContain('credential_process = /usr/bin/node /opt/rolecall.js credential-process profile.admin\n')
    expect(replaced).not.toContain('prod-admin')
    expect(await removeProcessProfiles(path)).toBe(true)
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL)
    expect(await removeProcessProfiles(path)).toBe(false)
  })

  it('leaves text after the block untouched when the user adds profiles below it', async () => {
    const path = configFile()
    await writeProcessProfiles(path, [{ name: 'rolecall-a', credentialProcess: 'rolecall credential-process profile.a' }])
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n[profile later]\nregion = us-east-1\n`)
    await writeProcessProfiles(path, [{ name: 'rolecall-b', credentialProcess: 'rolecall credential-process profile.b' }])
    expect(readFileSync(path, 'utf8').endsWith('# END Rolecall credential_process profiles\n\n[profile later]\nregion = us-east-1\n')).toBe(true)
  })

  it('leaves the file as it was when the write fails half-way, and says why', async () => {
    const path = configFile()
    const fullDisk = async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    }
    await expect(editSharedFile(path, (t) => `${t}[profile x]\n`, fullDisk)).rejects.toThrow(/the disk is full. The file was left as it was/)
    expect(readFileSync(path, 'utf8')).toBe(ORIGINAL)
  })
})
