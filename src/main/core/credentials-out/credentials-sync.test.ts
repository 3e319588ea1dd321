// Sessions written to the shared credentials file as the user asked: per role and app-wide, following
// refreshes and the current session, removed when sessions end or Rolecall quits, never clobbering.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { ROLES, startWorld, type World } from '../../../../test/support/world'
import { dispatch } from '../ipc/ipc-router'

let world: World
afterEach(async () => world?.close())

const file = () => readFileSync(world.home.credentialsFile, 'utf8')
const keyIn = (profile: string) => new RegExp(`\\[${profile}\\]\\n# Managed by Rolecall \\((\\w+)\\)[^\\n]*\\naws_access_key_id = (ASIA\\w+)`).exec(file())

async function add(name: string, arn: string) {
  const saved = (await dispatch(world.core.handlers, 'roles:save', { displayName: name, roleArn: arn })) as { value: { id: string } }
  return saved.value.id
}

describe('credentials file sync', () => {
  it("writes a role's session to its profile, rewrites it on refresh, and removes it when the session ends", async () => {
    world = await startWorld()
    const original = file()
    const id = await add('Admin', ROLES.admin)
    await dispatch(world.core.handlers, 'roles:credentials-file', { roleId: id, profile: 'dev' })
    await dispatch(world.core.handlers, 'roles:assume', { roleId: id })
    const first = keyIn('dev')?.[2]
    expect(first).toBeDefined()
    expect(file().startsWith(original)).toBe(true)
    await dispatch(world.core.handlers, 'sessions:refresh', { roleId: id })
    expect(keyIn('dev')?.[2]).not.toBe(first)
    await dispatch(world.core.handlers, 'sessions:end', { roleId: id })
    expect(file()).toBe(original)
  })

  it('keeps an app-wide profile on the current session', async () => {
    world = await startWorld()
    const original = file()
    await dispatch(world.core.handlers, 'settings:update', { credentialsFileProfile: 'rolecall-current' })
    const a = await add('Admin', ROLES.admin)
    const b = await add('ReadOnly', ROLES.readOnly)
    await dispatch(world.core.handlers, 'roles:assume', { roleId: a })
    expect(keyIn('rolecall-current')?.[1]).toBe('Admin')
    await dispatch(world.core.handlers, 'roles:assume', { roleId: b })
    expect(keyIn('rolecall-current')?.[1]).toBe('ReadOnly')
    await dispatch(world.core.handlers, 'sessions:set-current', { roleId: a })
    expect(keyIn('rolecall-current')?.[1]).toBe('Admin')
    await dispatch(world.core.handlers, 'sessions:end', { roleId: a })
    expect(keyIn('rolecall-current')?.[1]).toBe('ReadOnly')
    await world.core.dispose()
    expect(file()).toBe(original)
  })

  it("refuses to overwrite the user's own profile, says so, and keeps the session", async () => {
    world = await startWorld()
    const original = file()
    await dispatch(world.core.handlers, 'settings:update', { credentialsFileProfile: 'default' })
    const id = await add('Admin', ROLES.admin)
    expect(await dispatch(world.core.handlers, 'roles:assume', { roleId: id })).toMatchObject({ ok: true })
    await expect.poll(() => world.core.state().notices.find((n) => n.id === 'credentials-file')?.message).toMatch(
      /already has a \[default\] profile that Rolecall did not write/
    )
    expect(file()).toBe(original)
    expect(world.core.state().sessions).toHaveLength(1)
  })

  it('adds and removes credential_process profiles for the roles', async () => {
    world = await startWorld({ config: `[profile prod]\nrole_arn = ${ROLES.admin}\nsource_profile = base\n` })
    const id = await add('My dev role', ROLES.readOnly)
    const before = readFileSync(world.home.configFile, 'utf8')
    expect(await dispatch(world.core.handlers, 'config:process-profiles', { enabled: true })).toEqual({
      ok: true,
      value: { configFile: world.home.configFile, profiles: 2 }
    })
    const config = readFileSync(world.home.configFile, 'utf8')
    expect(config).toContain(`[profile rolecall-my-dev-role]\ncredential_process = rolecall credential-process app.${id}\n`)
    expect(config).toContain('[profile rolecall-prod]\ncredential_process = rolecall credential-process profile.prod\n')
    await dispatch(world.core.handlers, 'config:process-profiles', { enabled: false })
    expect(readFileSync(world.home.configFile, 'utf8')).toBe(before)
  })

  it('refuses to write credential_process profiles for a command path it cannot quote, leaving the config as it was', async () => {
    world = await startWorld({ config: `[profile prod]\nrole_arn = ${ROLES.admin}\nsource_profile = base\n`, coreDeps: { cliCommand: ['/opt/a\nb/rolecall'] } })
    const before = readFileSync(world.home.configFile, 'utf8')
    expect(await dispatch(world.core.handlers, 'config:process-profiles', { enabled: true })).toMatchObject({
      ok: false,
      error: { code: 'CommandLineRefused', title: 'Could not write the credential_process profiles', detail: expect.stringMatching(/control character/) }
    })
    expect(readFileSync(world.home.configFile, 'utf8')).toBe(before)
  })
})
