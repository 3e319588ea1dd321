// Source identity against the local STS: who the source profile is, one check shared by callers at once,
// a "before" identity asked once per base, and a source without credentials said so.
import { afterEach, describe, expect, it } from 'vitest'
import { ALICE, startWorld, type World } from '../../../../test/support/world'
import { StsGateway } from '../sts/sts-gateway'
import { SourceIdentity } from './source-identity'

let world: World
afterEach(async () => world?.close())

function identity(settings: { sourceProfile: string | null; defaultRegion: string | null } = { sourceProfile: null, defaultRegion: null }) {
  const events = { changes: 0, regions: 0, confirmed: 0 }
  const gateway = new StsGateway({ maxAttempts: 1, requestTimeoutMs: 2000 })
  const source = new SourceIdentity({
    env: process.env,
    gateway,
    settings: () => settings,
    onRegion: () => events.regions++,
    onConfirmed: () => events.confirmed++,
    onChange: () => events.changes++
  })
  return { source, events }
}

describe('SourceIdentity', () => {
  it('says who the source profile is, with one check for callers asking at once', async () => {
    world = await startWorld()
    const { source, events } = identity({ sourceProfile: 'base', defaultRegion: 'eu-west-1' })
    expect(source.view()).toEqual({ status: 'checking', profile: 'base' })
    const [first, second] = await Promise.all([source.refresh(), source.refresh()])
    expect(first).toBe(second)
    expect(first).toEqual({ status: 'ok', profile: 'base', arn: ALICE.arn, accountId: '123456789012' })
    expect(world.sts.calls.filter((c) => c.action === 'GetCallerIdentity')).toHaveLength(1)
    expect(events).toEqual({ changes: 2, regions: 1, confirmed: 1 })
    expect(source.defaultRegion()).toBe('eu-west-1')
    expect(source.appBase().baseKey).toBe('source base')
  })

  it('asks for the identity behind a base once, and knows the source’s from its check', async () => {
    world = await startWorld()
    const { source } = identity()
    await source.refresh()
    const { base, baseKey } = source.appBase()
    expect(await source.arnOf(base, baseKey, { region: 'us-east-1' })).toBe(ALICE.arn)
    expect(await source.arnOf(base, 'profile other', { region: 'us-east-1' })).toBe(ALICE.arn)
    expect(await source.arnOf(base, 'profile other', { region: 'us-east-1' })).toBe(ALICE.arn)
    expect(world.sts.calls.filter((c) => c.action === 'GetCallerIdentity')).toHaveLength(2)
  })

  it('says there are no credentials, and how to fix it', async () => {
    world = await startWorld({ credentials: false })
    const { source } = identity()
    expect(await source.refresh()).toMatchObject({ status: 'none', profile: 'default', error: { code: 'NoCredentials' } })
  })
})
