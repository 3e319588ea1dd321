// Assume plans refuse a credential_source they do not know, whatever its name, instead of calling it.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadAwsFiles } from '../catalogue/aws-files'
import { buildCatalog } from '../catalogue/config-profiles'
import { planForConfigRole } from './plan'

describe('planForConfigRole', () => {
  it('refuses an unknown credential_source along the chain, even one named like an Object member', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-plan-'))
    const paths = { config: join(dir, 'config'), credentials: join(dir, 'credentials') }
    const arn = (name: string) => `arn:aws:iam::123456789012:role/${name}`
    writeFileSync(paths.config, `[profile a]\nrole_arn = ${arn('A')}\nsource_profile = b\n[profile b]\nrole_arn = ${arn('B')}\ncredential_source = constructor\n`)
    const files = await loadAwsFiles(paths)
    const role = buildCatalog(files).find((r) => r.profile === 'a')!
    expect(() => planForConfigRole(files, role, { defaultRegion: 'us-east-1', env: {} })).toThrow('Profile "b" has an unknown credential_source "constructor".')
  })
})
