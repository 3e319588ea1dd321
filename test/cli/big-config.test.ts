// The 5,000-profile config the benchmarks use is realistic and valid: the SDK's loader and Rolecall's
// catalogue read every profile, and the built CLI lists every role in it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeBigConfig, type BigConfig } from '../../bench/big-config'
import { loadAwsFiles } from '../../src/main/core/catalogue/aws-files'
import { buildCatalog } from '../../src/main/core/catalogue/config-profiles'
import { dataDir, requireBuild, runCli } from './run-cli'

let big: BigConfig
beforeAll(() => {
  big = writeBigConfig(5000)
})
afterAll(() => rmSync(big.dir, { recursive: true, force: true }))

describe('the benchmark config', () => {
  it('loads with no problems: every profile, every role, every source chain', async () => {
    const files = await loadAwsFiles({ config: big.configFile, credentials: big.credentialsFile })
    expect(files.fileProblems).toEqual([])
    expect(files.lineProblems.size).toBe(0)
    const profiles = new Set([...Object.keys(files.config), ...Object.keys(files.credentials)].filter((n) => !n.includes('.')))
    expect(profiles.size).toBe(big.profiles)
    const roles = buildCatalog(files)
    expect(roles).toHaveLength(big.roles)
    expect(roles.filter((r) => r.problem).map((r) => `${r.profile}: ${r.problem}`)).toEqual([])
    expect(roles.filter((r) => r.chained).length).toBeGreaterThan(100)
    expect(roles.filter((r) => r.credentialSource).length).toBeGreaterThan(100)
    expect(roles.find((r) => r.profile === big.sampleRole)).toMatchObject({ sourceProfile: 'jump', durationSeconds: 43200 })
  })

  it('is listed in full by the CLI, from the cache the second time', async () => {
    requireBuild()
    const env = { HOME: big.dir, AWS_CONFIG_FILE: big.configFile, AWS_SHARED_CREDENTIALS_FILE: big.credentialsFile, ROLECALL_DATA_DIR: dataDir() }
    const first = await runCli(['list'], env)
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(first.stdout.trimEnd().split('\n')).toHaveLength(big.roles + 1)
    expect(await runCli(['list'], env)).toEqual(first)
  })
})

// loadAwsFiles skips its line-by-line check when a whole-file pattern finds no suspect line; that
// pattern must never miss a line the check reports, whatever the line endings or indentation.
describe('the line check of a large config', () => {
  it.each([
    ['a line without "="', 'no equals here', 'no equals here'],
    ['a line starting with "="', '= value', '= value'],
    ['an indented line starting with "="', '   = value', '= value'],
    ['CRLF line endings', 'bad line\r', 'bad line'],
    ['a tab before "="', '\t=x', '=x']
  ])('still reports %s', async (_, bad, shown) => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-lint-'))
    try {
      const paths = { config: join(dir, 'config'), credentials: join(dir, 'credentials') }
      const ok = Array.from({ length: 200 }, (_, i) => `[profile p${i}]\nregion = eu-west-1\n`).join('')
      writeFileSync(paths.config, `${ok}[profile broken]\nrole_arn = arn:aws:iam::123456789012:role/X\n${bad}\nsource_profile = p1\n`)
      writeFileSync(paths.credentials, '')
      const files = await loadAwsFiles(paths)
      expect(files.lineProblems.get('broken')).toEqual([expect.stringContaining(JSON.stringify(shown))])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
