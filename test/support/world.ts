// A complete test world: the local STS with a user and a set of roles, an AWS home pointing at it,
// and the real Rolecall core wired to edge fakes. Used by integration tests, the e2e host and benches.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RolecallCore, type CoreDeps } from '../../src/main/core/rolecall-core'
import { createAwsHome, credentialsSection, type AwsHome } from './aws-home'
import {
  memoryClipboard,
  recordingNotifier,
  recordingOpener,
  type MemoryClipboard,
  type RecordingNotifier,
  type RecordingOpener
} from './edge-fakes'
import type { ManualClock } from './manual-clock'
import { settingsConf } from './settings-conf'
import { startStsServer, type StsServer } from './sts-server'

export const ACCOUNT = '123456789012'
export const ALICE = {
  arn: `arn:aws:iam::${ACCOUNT}:user/alice`,
  accessKeyId: 'AKIAALICE0000EXAMPLE',
  secretAccessKey: 'aliceSecret/with+slash=and0000000000000000',
  mfaSerial: `arn:aws:iam::${ACCOUNT}:mfa/alice`,
  mfaCodes: ['123456', '234567', '345678']
}

export const ROLES = {
  admin: `arn:aws:iam::${ACCOUNT}:role/Admin`,
  readOnly: `arn:aws:iam::${ACCOUNT}:role/team/ReadOnly`,
  mfa: `arn:aws:iam::${ACCOUNT}:role/NeedsMfa`,
  external: `arn:aws:iam::${ACCOUNT}:role/Vendor`,
  untrusted: `arn:aws:iam::${ACCOUNT}:role/Untrusted`,
  long: `arn:aws:iam::${ACCOUNT}:role/LongSessions`,
  china: `arn:aws-cn:iam::${ACCOUNT}:role/ChinaAdmin`,
  govcloud: `arn:aws-us-gov:iam::${ACCOUNT}:role/GovAdmin`
}

export interface World {
  sts: StsServer
  home: AwsHome
  core: RolecallCore
  clipboard: MemoryClipboard
  opener: RecordingOpener
  notifier: RecordingNotifier
  clock?: ManualClock
  close(): Promise<void>
}

export interface WorldOptions {
  coreDeps?: Partial<CoreDeps>
  credentials?: boolean
  /** Contents of the shared config file; alice's keys are also written as profile "base". */
  config?: string
  /** Watch the AWS files for edits, as the app does. */
  watch?: boolean
  /** Drives the core's timers and the STS server's idea of now. */
  clock?: ManualClock
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const sts = await startStsServer({
    ...(options.clock ? { now: () => options.clock!.now() } : {}),
    users: [ALICE],
    roles: [
      { arn: ROLES.admin, trustedPrincipals: [ALICE.arn], maxSessionDuration: 3600 },
      { arn: ROLES.readOnly, trustedPrincipals: ['*'], maxSessionDuration: 43200 },
      { arn: ROLES.mfa, trustedPrincipals: [ALICE.arn], requireMfa: true },
      { arn: ROLES.external, trustedPrincipals: [ALICE.arn], externalId: 'vendor-42' },
      { arn: ROLES.untrusted, trustedPrincipals: [`arn:aws:iam::${ACCOUNT}:user/bob`] },
      { arn: ROLES.long, trustedPrincipals: [ALICE.arn], maxSessionDuration: 43200, allowTagSession: true },
      { arn: ROLES.china, trustedPrincipals: [ALICE.arn] },
      { arn: ROLES.govcloud, trustedPrincipals: [ALICE.arn] }
    ]
  })
  const home = createAwsHome({ stsUrl: sts.url })
  if (options.credentials !== false) {
    home.write({ credentials: credentialsSection('default', ALICE) + credentialsSection('base', ALICE) })
  }
  if (options.config) home.write({ config: options.config })
  const restoreEnv = home.apply()
  const clipboard = memoryClipboard()
  const opener = recordingOpener()
  const notifier = recordingNotifier()
  const storeDir = mkdtempSync(join(tmpdir(), 'rolecall-settings-'))
  const core = new RolecallCore({
    store: settingsConf(storeDir),
    clipboard,
    opener,
    notifier,
    ...(options.clock ? { timers: options.clock } : {}),
    gateway: { maxAttempts: 2, requestTimeoutMs: 2000, connectionTimeoutMs: 1000 },
    ...options.coreDeps
  })
  await core.loadCatalog({ watch: options.watch ?? false })
  return {
    sts,
    home,
    core,
    clipboard,
    opener,
    notifier,
    ...(options.clock ? { clock: options.clock } : {}),
    async close() {
      await core.dispose()
      await sts.close()
      restoreEnv()
      home.remove()
    }
  }
}
