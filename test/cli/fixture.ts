// The AWS home the CLI tests share: role profiles for each outcome (fine, MFA, refused, broken), the
// local STS behind them, and an empty folder for the app's settings file.
import { credentialsSection } from '../support/aws-home'
import { ALICE, ROLES, startWorld, type World } from '../support/world'
import { dataDir, requireBuild } from './run-cli'

export const CONFIG = [
  '[profile admin]',
  `role_arn = ${ROLES.admin}`,
  'source_profile = base',
  'role_session_name = cli-test',
  'region = eu-west-1',
  '[profile long]',
  `role_arn = ${ROLES.long}`,
  'source_profile = base',
  '[profile base-mfa]',
  `mfa_serial = ${ALICE.mfaSerial}`,
  '[profile mfa]',
  `role_arn = ${ROLES.mfa}`,
  'source_profile = base-mfa',
  '[profile untrusted]',
  `role_arn = ${ROLES.untrusted}`,
  'source_profile = base',
  '[profile broken]',
  `role_arn = ${ROLES.long}`,
  'source_profile = nowhere',
  ''
].join('\n')

const CREDENTIALS = ['default', 'base', 'base-mfa'].map((profile) => credentialsSection(profile, ALICE)).join('\n')

/** The world, and the whole environment a CLI subprocess gets: the AWS home's variables and ROLECALL_DATA_DIR. */
export async function startCliWorld(): Promise<{ world: World; env: Record<string, string> }> {
  requireBuild()
  const world = await startWorld()
  world.home.write({ config: CONFIG, credentials: CREDENTIALS })
  return { world, env: { ...world.home.env, ROLECALL_DATA_DIR: dataDir() } }
}
