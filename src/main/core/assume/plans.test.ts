// Plans are made once per role and kept until forgotten: an app role from the source profile's base, a config
// profile that cannot be used with its own problem, an unknown role as such.
import { describe, expect, it } from 'vitest'
import type { AwsFiles } from '../catalogue/aws-files'
import type { ConfigRole } from '../catalogue/config-profiles'
import type { StoredRole } from '../store/app-store'
import { Plans } from './plans'

const base = async () => ({ accessKeyId: 'AKIA', secretAccessKey: 'secret' })
const appRole: StoredRole = { id: 'app-1', displayName: 'Admin', roleArn: 'arn:aws:iam::123456789012:role/Admin', sessionTags: 'Team=ops' }
const broken: ConfigRole = { id: 'profile:broken', profile: 'broken', roleArn: 'nope', chained: false, problem: 'role_arn: not an ARN' }

function plans(region = 'eu-west-1') {
  return new Plans({
    appRole: (id) => (id === appRole.id ? appRole : undefined),
    configRole: (id) => (id === broken.id ? broken : undefined),
    files: () => ({}) as AwsFiles,
    appBase: () => ({ base, baseKey: 'source default' }),
    defaultRegion: () => region,
    env: {}
  })
}

describe('Plans', () => {
  it('makes an app role’s plan from the source profile’s base, once, until it is forgotten', () => {
    const made = plans()
    const plan = made.planFor('app-1')
    expect(plan).toMatchObject({
      baseKey: 'source default',
      hops: [{ roleArn: appRole.roleArn, sessionTags: [{ key: 'Team', value: 'ops' }], target: { region: 'eu-west-1' } }]
    })
    expect(made.planFor('app-1')).toBe(plan)
    made.forget('app-1')
    expect(made.planFor('app-1')).not.toBe(plan)
    const again = made.planFor('app-1')
    made.forget()
    expect(made.planFor('app-1')).not.toBe(again)
  })

  it('says why a profile cannot be used, and that a role is unknown, without keeping either', () => {
    const made = plans()
    expect(made.planFor('profile:broken')).toEqual({
      ok: false,
      error: { code: 'ConfigProblem', title: 'This profile cannot be used as it is', detail: 'role_arn: not an ARN' }
    })
    expect(made.planFor('profile:nobody')).toMatchObject({ ok: false, error: { code: 'UnknownRole' } })
  })
})
