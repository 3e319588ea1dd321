// Writes a large, realistic shared AWS config: a few hundred accounts with several roles each,
// source_profile chains, credential_source, SSO sessions and profiles, nested settings, comments and
// the uneven spacing hand-edited files have. Deterministic, so every run measures the same files.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface BigConfig {
  dir: string
  configFile: string
  credentialsFile: string
  /** Distinct profile names across both files, as `aws configure list-profiles` counts them. */
  profiles: number
  /** Profiles with a role_arn. */
  roles: number
  /** One role profile that assumes straight from the long-term keys in the credentials file. */
  sampleRole: string
}

const TEAMS = ['payments', 'search', 'identity', 'data', 'platform', 'mobile', 'ads', 'billing', 'growth', 'infra']
const STAGES = ['prod', 'staging', 'dev', 'sandbox']
const REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2', 'us-west-2']
const MFA = 'arn:aws:iam::111111111111:mfa/alice'

/** Each account contributes these profiles, in this order, until the total is reached. */
function accountProfiles(account: string, name: string, i: number): [string, string[]][] {
  const arn = (role: string) => `arn:aws:iam::${account}:role/${role}`
  const region = REGIONS[i % REGIONS.length]!
  return [
    [`${name}-admin`, [`role_arn = ${arn('Admin')}`, 'source_profile = jump', ...(i % 3 === 0 ? [`mfa_serial = ${MFA}`] : []), `region = ${region}`]],
    [`${name}-readonly`, [`role_arn   =   ${arn('team/ReadOnly')}`, 'source_profile=jump', ...(i % 4 === 0 ? ['duration_seconds = 43200'] : [])]],
    [`${name}-deploy`, [`role_arn = ${arn('Deploy')}`, `source_profile = ${name}-admin`, 'role_session_name = deploy-bot']],
    [`${name}-ec2`, [`role_arn = ${arn('Ec2Runner')}`, 'credential_source = Ec2InstanceMetadata', `region=${region}`]],
    [`${name}-vendor`, [`role_arn = ${arn('Vendor')}`, 'source_profile = ci', `external_id = vendor-${i}`, 'duration_seconds=3600']],
    [`${name}-sso`, ['sso_session = corp', `sso_account_id = ${account}`, 'sso_role_name = AdministratorAccess', `region = ${region}`, 'output = json']],
    [`${name}-sso-audit`, [`role_arn = ${arn('Audit')}`, `source_profile = ${name}-sso`, '# audit trail goes to the security account']],
    [`${name}-ops`, [`role_arn = ${arn('Ops')}`, 'source_profile = jump', 's3 =', '  max_concurrent_requests = 20', '  multipart_threshold = 64MB', `region = ${region}`]],
    [`${name}-billing`, [`role_arn = ${arn('Billing')}`, 'source_profile = jump', 'duration_seconds = 7200']],
    [`${name}-breakglass`, [`role_arn = ${arn('BreakGlass')}`, `source_profile = ${name}-readonly`, `mfa_serial = ${MFA}`]],
    [`${name}-env`, [`role_arn = ${arn('FromEnv')}`, 'credential_source = Environment']],
    [`${name}-ci`, [`role_arn = ${arn('CiDeploy')}`, 'source_profile = ci', `region = ${region}`]]
  ]
}

export function writeBigConfig(total = 5000, dir = mkdtempSync(join(tmpdir(), 'rolecall-big-config-'))): BigConfig {
  const config: string[] = [
    '# Shared AWS config for the whole organisation. Edit with care.',
    '[default]',
    'region = us-east-1',
    'output = json',
    '',
    '[sso-session corp]',
    'sso_start_url = https://corp.awsapps.com/start',
    'sso_region = us-east-1',
    'sso_registration_scopes = sso:account:access',
    '',
    '[services local-sts]',
    'sts =',
    '  endpoint_url = http://127.0.0.1:4566',
    '',
    '[profile jump]',
    `mfa_serial = ${MFA}`,
    'region=eu-west-1',
    '',
    '[profile ci]',
    'region = us-east-1',
    ''
  ]
  const credentials = [
    '[jump]',
    'aws_access_key_id = AKIAJUMP000000EXAMPLE',
    'aws_secret_access_key = jumpSecret/with+slash=0000000000000000000',
    '',
    '[ci]',
    'aws_access_key_id=AKIACI00000000EXAMPLE',
    'aws_secret_access_key=ciSecret/0000000000000000000000000000000',
    ''
  ]
  // default, jump and ci
  let profiles = 3
  let roles = 0
  for (let i = 0; profiles < total; i++) {
    const account = String(200000000000 + i * 7919)
    const name = `${TEAMS[i % TEAMS.length]}-${STAGES[Math.floor(i / TEAMS.length) % STAGES.length]}-${String(i).padStart(3, '0')}`
    config.push(i % 2 === 0 ? `; ---- ${name} (${account}) ----` : `# ${account}`, '')
    for (const [profile, lines] of accountProfiles(account, name, i)) {
      if (profiles >= total) break
      config.push(`[profile ${profile}]`, ...lines, ...(profiles % 5 === 0 ? [] : ['']))
      profiles++
      if (lines.some((l) => l.startsWith('role_arn'))) roles++
    }
  }
  const configFile = join(dir, 'config')
  const credentialsFile = join(dir, 'credentials')
  writeFileSync(configFile, config.join('\n'))
  writeFileSync(credentialsFile, credentials.join('\n'))
  return { dir, configFile, credentialsFile, profiles, roles, sampleRole: 'payments-prod-000-readonly' }
}
