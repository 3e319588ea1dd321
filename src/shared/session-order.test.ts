// Unit tests for the Sessions list's order: current first, then least time left, expired last.
import { describe, expect, it } from 'vitest'
import type { SessionView } from './views'
import { orderSessions } from './session-order'

function session(roleId: string, expiresAt: number, fields: Partial<SessionView> = {}): SessionView {
  return {
    roleId,
    assumedRoleArn: `arn:aws:sts::123456789012:assumed-role/${roleId}/alice`,
    sourceArn: 'arn:aws:iam::123456789012:user/alice',
    expiresAt,
    startedAt: 0,
    durationSeconds: 3600,
    identityCheck: 'confirmed',
    status: 'live',
    current: false,
    ...fields
  }
}

const ids = (sessions: SessionView[]) => orderSessions(sessions).map((entry) => entry.roleId)

describe('orderSessions', () => {
  it('puts the current session first, then the rest by time left, soonest first', () => {
    const sessions = [session('late', 3000), session('current', 5000, { current: true }), session('soon', 1000)]
    expect(ids(sessions)).toEqual(['current', 'soon', 'late'])
  })

  it('keeps refreshing sessions among the live ones and puts expired ones last, even the current one', () => {
    const sessions = [
      session('gone', 100, { status: 'expired', current: true }),
      session('older-gone', 50, { status: 'expired' }),
      session('refreshing', 2000, { status: 'refreshing' }),
      session('live', 3000)
    ]
    expect(ids(sessions)).toEqual(['refreshing', 'live', 'older-gone', 'gone'])
  })

  it('leaves the given array untouched', () => {
    const sessions = [session('b', 2), session('a', 1)]
    orderSessions(sessions)
    expect(sessions.map((entry) => entry.roleId)).toEqual(['b', 'a'])
  })
})
