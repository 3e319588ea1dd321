// The block's entries: named for the role, running the CLI with the role's key and never its display name.
import { describe, expect, it } from 'vitest'
import { processProfileEntries, processProfileName } from './entries'

describe('processProfileEntries', () => {
  it('names each profile for its role and never puts the display name in the command', () => {
    const hostile = 'x $(touch /tmp/pwned) `id` "q" \'q\''
    const entries = processProfileEntries(
      [
        { key: 'app.1', displayName: hostile },
        { key: 'profile.prod', displayName: 'prod', profile: 'prod' }
      ],
      ['/opt/My Apps/rolecall'],
      'posix'
    )
    expect(entries).toEqual([
      { name: 'rolecall-x-touch-tmp-pwned-id-q-q', credentialProcess: "'/opt/My Apps/rolecall' credential-process app.1" },
      { name: 'rolecall-prod', credentialProcess: "'/opt/My Apps/rolecall' credential-process profile.prod" }
    ])
  })

  it('gives roles whose names make the same profile name their own, in order', () => {
    const roles = ['team.admin', 'Team Admin', 'team-admin', 'ops'].map((displayName, i) => ({ key: `app.${i}`, displayName }))
    expect(processProfileEntries(roles, ['rolecall'], 'posix').map((p) => p.name)).toEqual([
      'rolecall-team-admin',
      'rolecall-team-admin-2',
      'rolecall-team-admin-3',
      'rolecall-ops'
    ])
    expect(processProfileName('Prod admin (EU)')).toBe('rolecall-prod-admin-eu')
  })
})
