// `rolecall whoami [ROLE]`: GetCallerIdentity for the source credentials, or for ROLE: assume it and
// show the identity AWS gives it, the identity it came from, and whether AWS confirms the new one.
import type { SessionView } from '../../../shared/views'
import type { RolecallCore } from '../../core/rolecall-core'
import type { CommandArgs } from '../args'
import { findRole, roleCredentials, withStandaloneCore } from '../standalone-core'
import { mfaCodeOption } from '../mfa-code'
import { CommandError } from '../errors'
import { print, table } from '../output'

export async function whoami({ role, values }: CommandArgs<'whoami'>): Promise<void> {
  const mfaCode = mfaCodeOption(values['mfa-code'], 'whoami')
  await withStandaloneCore(async (core) => {
    const identity = role === undefined ? await sourceIdentity(core) : await roleIdentity(core, role, mfaCode)
    print(values.json ? JSON.stringify(identity, null, 2) : table(Object.entries(identity).map(([key, value]) => [`${key}:`, String(value)])))
  })
}

async function sourceIdentity(core: RolecallCore): Promise<Record<string, string>> {
  const source = await core.refreshSource()
  if (source.status !== 'ok' || !source.arn) {
    throw new CommandError(source.error ?? { code: 'NoCredentials', title: 'No AWS credentials found', detail: `Profile "${source.profile}".` })
  }
  return { profile: source.profile, arn: source.arn, account: source.accountId ?? '' }
}

async function roleIdentity(core: RolecallCore, name: string, mfaCode: string | undefined): Promise<Record<string, string>> {
  const role = findRole(core, name)
  await roleCredentials(core, role, { mfaCode })
  const session = await identityChecked(core, role.id)
  return {
    role: role.displayName,
    arn: session.assumedRoleArn,
    account: session.assumedRoleArn.split(':')[4] ?? role.accountId,
    source: session.sourceArn,
    expires: new Date(session.expiresAt).toISOString(),
    // GetCallerIdentity made with the new credentials, as the AWS examples do after a switch.
    confirmed: session.identityCheck === 'confirmed' ? 'yes, by GetCallerIdentity' : 'no: GetCallerIdentity with the new credentials failed or named someone else',
    ...(session.note ? { note: session.note } : {})
  }
}

/** The session once the core's identity check has finished. */
function identityChecked(core: RolecallCore, roleId: string): Promise<SessionView> {
  const settled = (): SessionView | undefined => core.state().sessions.find((s) => s.roleId === roleId && s.identityCheck !== 'pending')
  return new Promise((resolve) => {
    const now = settled()
    if (now) return resolve(now)
    const stop = core.subscribe(() => {
      const session = settled()
      if (!session) return
      stop()
      resolve(session)
    })
  })
}
