// The world the fault tests run in: Rolecall's core against the local STS with two assumable profiles and a gateway
// that gives up quickly, closed after each test, and the helpers that assume a role and read its session back.
import { afterEach, expect, vi } from 'vitest'
import { dispatch } from '../../../src/main/core/ipc/ipc-router'
import type { SessionView } from '../../../src/shared/views'
import { ROLES, startWorld, type World } from '../../support/world'

/** Few, short attempts, so a fault ends in an error within seconds. */
export const GATEWAY = { maxAttempts: 3, requestTimeoutMs: 500, connectionTimeoutMs: 300 }
const CONFIG = ['[profile admin]', `role_arn = ${ROLES.admin}`, 'source_profile = base', '[profile long]', `role_arn = ${ROLES.long}`, 'source_profile = base', ''].join('\n')

export interface FaultWorlds {
  /** Starts this test's world (profiles admin and long, the quick gateway unless `options` bring their own deps). */
  start(options?: Parameters<typeof startWorld>[0]): Promise<World>
  /** Closes a world started elsewhere (the CLI's) after the test, like one from `start`. */
  adopt(world: World): void
}

/** Call once at the top of a test file: closes each test's world after it. */
export function faultWorlds(): FaultWorlds {
  let world: World | undefined
  afterEach(async () => {
    await world?.close()
    world = undefined
  })
  return {
    start: async (options = {}) => (world = await startWorld({ config: CONFIG, coreDeps: { gateway: GATEWAY }, ...options })),
    adopt: (adopted) => void (world = adopted)
  }
}

export async function assume(w: World, roleId: string): Promise<SessionView> {
  const result = (await dispatch(w.core.handlers, 'roles:assume', { roleId })) as { ok: boolean; value: SessionView }
  expect(result.ok).toBe(true)
  // The "who am I now" check runs on after the assume; wait for it so snapshots compare like with like.
  await vi.waitFor(() => expect(session(w, roleId)?.identityCheck).not.toBe('pending'))
  return result.value
}

export const session = (w: World, roleId: string) => w.core.state().sessions.find((s) => s.roleId === roleId)
