// Role identity: the core assigns app role ids, a request's id only edits an existing app role, and the
// names the CLI and the broker take are read by one resolver in which an app role can never stand in
// for a config profile. Names with control characters are refused at the contract, on their field.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { afterEach, describe, expect, it } from 'vitest'
import { ROLES, startWorld, type World } from '../../../../test/support/world'
import { askBroker } from '../broker/client'
import { startBroker, type Broker } from '../broker/server'
import { dispatch } from '../ipc/ipc-router'

let world: World
let broker: Broker | undefined
let dataDir: string
afterEach(async () => {
  await broker?.close()
  broker = undefined
  await world?.close()
})

const ADMIN_PROFILE = `[profile admin]\nrole_arn = ${ROLES.admin}\nsource_profile = base\nrole_session_name = the-profile\n`

const save = (request: Record<string, unknown>) => dispatch(world.core.handlers, 'roles:save', request)

describe('app role ids', () => {
  it('are assigned by the core: a new role never takes an id the caller chose', async () => {
    world = await startWorld({ config: ADMIN_PROFILE })
    const result = await save({ id: 'admin', displayName: 'Sneaky', roleArn: ROLES.readOnly })
    expect(result).toMatchObject({ ok: false, error: { code: 'UnknownRole', field: 'id', detail: expect.stringMatching(/no role added in Rolecall has the id admin/i) } })
    expect(world.core.state().roles.map((r) => r.id)).toEqual(['profile:admin'])
    expect(await save({ id: 'profile:admin', displayName: 'Sneaky', roleArn: ROLES.readOnly })).toMatchObject({ ok: false, error: { field: 'id' } })
  })

  it('are safe characters, and an id given with a request edits that role', async () => {
    world = await startWorld()
    const created = (await save({ displayName: 'Dev', roleArn: ROLES.readOnly })) as { ok: true; value: { id: string; key: string } }
    expect(created.value.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(created.value.key).toBe(`app.${created.value.id}`)
    expect(await save({ id: created.value.id, displayName: 'Dev (renamed)', roleArn: ROLES.readOnly })).toMatchObject({ ok: true, value: { id: created.value.id } })
    expect(world.core.state().roles.map((r) => r.displayName)).toEqual(['Dev (renamed)'])
  })
})

describe('one resolver for the CLI and the broker', () => {
  async function appAndProfileNamedAdmin() {
    world = await startWorld({ config: ADMIN_PROFILE })
    await save({ displayName: 'admin', roleArn: ROLES.readOnly, sessionName: 'the-app-role' })
    dataDir = mkdtempSync(join(tmpdir(), 'rolecall-broker-'))
    broker = await startBroker({ core: world.core, dataDir, showWindow: () => undefined })
  }

  async function callerOf(role: string): Promise<string | undefined> {
    const answer = await askBroker(dataDir, { op: 'credentials', role, mfaWaitSeconds: 0 }, 10_000)
    if (!answer?.ok || !('credentials' in answer.value)) return JSON.stringify(answer)
    const sts = new STSClient({ region: 'us-east-1', credentials: answer.value.credentials })
    return (await sts.send(new GetCallerIdentityCommand({}))).Arn
  }

  it('refuses a name an app role and a config profile share, and serves each by its key', async () => {
    await appAndProfileNamedAdmin()
    expect(await callerOf('admin')).toMatch(/"code":"AmbiguousRole".*app\.[0-9a-f-]+ \(added in Rolecall\), profile\.admin \(config profile\)/)
    expect(await callerOf('profile.admin')).toBe('arn:aws:sts::123456789012:assumed-role/Admin/the-profile')
    const appKey = world.core.state().roles.find((r) => r.origin === 'app')!.key
    expect(await callerOf(appKey)).toBe('arn:aws:sts::123456789012:assumed-role/ReadOnly/the-app-role')
    expect(world.core.resolveRole('admin')).toMatchObject({ ok: false, error: { code: 'AmbiguousRole' } })
  })
})

describe('names at the contract', () => {
  const controls = ['a\nb', 'a\rb', 'a\tb', 'a\u0000b', 'a\u001b[31mb', 'a\u007fb', 'a\u0085b', 'a\u009bb', 'a\u2028b', 'a\u2029b', 'a\u202eb', 'a\u2066b']

  it.each(controls)('refuses %j in a display name, a session name and a source identity, on the field', async (text) => {
    world = await startWorld()
    for (const field of ['displayName', 'sessionName', 'sourceIdentity']) {
      const result = await save({ displayName: 'Dev', roleArn: ROLES.readOnly, [field]: text })
      expect(result).toMatchObject({ ok: false, error: { code: 'InvalidRequest', field, detail: expect.stringMatching(/cannot contain control characters/) } })
    }
    expect(world.core.state().roles).toEqual([])
  })

  it.each(controls)('refuses %j in an account alias and a credentials-file profile name, on the field', async (text) => {
    world = await startWorld()
    expect(await dispatch(world.core.handlers, 'accounts:update', { accountId: '123456789012', alias: text })).toMatchObject({
      ok: false,
      error: { field: 'alias', detail: 'An alias cannot contain control characters (line breaks, tabs, terminal escapes or text-direction marks).' }
    })
    expect(await dispatch(world.core.handlers, 'roles:credentials-file', { roleId: 'x', profile: text })).toMatchObject({
      ok: false,
      error: { field: 'profile', detail: expect.stringMatching(/^A profile name cannot contain control characters/) }
    })
    expect(world.core.state().accounts).toEqual({})
  })
})
