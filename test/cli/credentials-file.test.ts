// `rolecall export ROLE --to-credentials-file [NAME]`: the section lands in the shared credentials
// file (honouring AWS_SHARED_CREDENTIALS_FILE), nothing goes to stdout, and a user's profile is never replaced.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import type { World } from '../support/world'
import { startCliWorld } from './fixture'
import { runCli } from './run-cli'

let world: World
let env: Record<string, string>
afterEach(async () => world?.close())

describe('export --to-credentials-file', () => {
  it('writes a managed profile, named after the role unless a name is given', async () => {
    ;({ world, env } = await startCliWorld())
    const before = readFileSync(world.home.credentialsFile, 'utf8')
    const byDefault = await runCli(['export', 'admin', '--to-credentials-file'], env)
    expect(byDefault).toMatchObject({ code: 0, stdout: '' })
    expect(byDefault.stderr).toMatch(/wrote profile \[rolecall-admin\] to .*credentials/)
    const named = await runCli(['export', 'admin', '--to-credentials-file', 'work-admin', '--duration', '1h'], env)
    expect(named.code).toBe(0)
    const text = readFileSync(world.home.credentialsFile, 'utf8')
    expect(text.startsWith(before)).toBe(true)
    expect(text).toMatch(/\[rolecall-admin\]\n# Managed by Rolecall \(admin\)[^\n]*\naws_access_key_id = ASIA/)
    expect(text).toMatch(/\[work-admin\]\n# Managed by Rolecall/)
  })

  it("refuses to replace the user's own profile and leaves the file alone", async () => {
    ;({ world, env } = await startCliWorld())
    const before = readFileSync(world.home.credentialsFile, 'utf8')
    const result = await runCli(['export', 'admin', '--to-credentials-file', 'base'], env)
    expect(result.code).not.toBe(0)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/already has a \[base\] profile that Rolecall did not write/)
    expect(readFileSync(world.home.credentialsFile, 'utf8')).toBe(before)
  })

  it('rejects a bad name and --format with it as usage errors', async () => {
    ;({ world, env } = await startCliWorld())
    expect((await runCli(['export', 'admin', '--to-credentials-file', 'has space'], env)).code).toBe(2)
    expect((await runCli(['export', 'admin', '--format', 'ini', '--to-credentials-file'], env)).code).toBe(2)
  })
})
