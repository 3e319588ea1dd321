// MFA prompts for requests from outside the window: each request asks under its own id until released, and
// a release is announced after the state being delivered, never before it.
import { describe, expect, it } from 'vitest'
import { MfaPrompts } from './mfa-prompts'

describe('MfaPrompts', () => {
  it('lists each waiting request under its own id until it is released, once', async () => {
    const seen: string[][] = []
    const prompts: MfaPrompts = new MfaPrompts(() => seen.push(prompts.list().map((p) => `${p.id}:${p.roleId}`)))
    const releaseFirst = prompts.ask('profile:mfa')
    const releaseSecond = prompts.ask('profile:mfa')
    expect(prompts.list()).toEqual([
      { id: '1', roleId: 'profile:mfa' },
      { id: '2', roleId: 'profile:mfa' }
    ])
    releaseFirst()
    releaseFirst()
    expect(seen).toEqual([['1:profile:mfa'], ['1:profile:mfa', '2:profile:mfa']])
    await Promise.resolve()
    expect(seen.at(-1)).toEqual(['2:profile:mfa'])
    releaseSecond()
    await Promise.resolve()
    expect(seen).toHaveLength(4)
    expect(prompts.list()).toEqual([])
  })
})
