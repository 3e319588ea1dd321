// Assume-role overhead: an assume through Rolecall's core (IPC validation, source provider chain,
// session bookkeeping, state emission) against a bare @aws-sdk/client-sts AssumeRoleCommand,
// both against the same local STS on loopback.
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import { dispatch } from '../src/main/core/ipc/ipc-router'
import { ALICE, ROLES, startWorld } from '../test/support/world'
import { interleaved, line } from './report'

export async function assumeRoleOverhead(): Promise<string[]> {
  const world = await startWorld()
  try {
    const saved = (await dispatch(world.core.handlers, 'roles:save', { displayName: 'Admin', roleArn: ROLES.admin })) as {
      value: { id: string }
    }
    const roleId = saved.value.id
    await world.core.refreshSource()
    const bare = new STSClient({ region: 'us-east-1', endpoint: world.sts.url, credentials: ALICE })
    const params = { RoleArn: ROLES.admin, RoleSessionName: 'bench', DurationSeconds: 3600 }
    const assumeBare = () => bare.send(new AssumeRoleCommand(params))

    const assumeCore = async () => {
      const result = (await dispatch(world.core.handlers, 'roles:assume', { roleId })) as { ok: boolean }
      if (!result.ok) throw new Error(JSON.stringify(result))
    }
    const quick = await interleaved(assumeCore, assumeBare)

    // The full switch as the user sees it: assume, then AWS confirms the new identity.
    const confirmed = async () => {
      await assumeCore()
      // The assume has replaced the session, so any confirmed state from now on is the new one's.
      if (world.core.state().sessions[0]?.identityCheck === 'confirmed') return
      await new Promise<void>((resolve) => {
        const stop = world.core.subscribe((state) => {
          if (state.sessions[0]?.identityCheck !== 'pending') {
            stop()
            resolve()
          }
        })
      })
    }
    const assumeAndConfirmBare = async () => {
      const out = await assumeBare()
      const c = out.Credentials!
      const client = new STSClient({
        region: 'us-east-1',
        endpoint: world.sts.url,
        credentials: { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken! }
      })
      await client.send(new GetCallerIdentityCommand({}))
    }
    const full = await interleaved(confirmed, assumeAndConfirmBare, { warmup: 20, rounds: 200 })
    world.sts.calls.length = 0
    return [
      line({ name: 'assume-role', value: quick.subject, unit: 'ms', baseline: quick.baseline }),
      line({ name: 'assume-role+identity-check', value: full.subject, unit: 'ms', baseline: full.baseline })
    ]
  } finally {
    await world.close()
  }
}
