// The role catalogue from the shared config files: every role_arn profile with its own problems, and
// nothing secret quoted in them.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadAwsFiles } from './aws-files'
import { buildCatalog, profileSection } from './config-profiles'

async function catalogOf(config: string, credentials = '') {
  const dir = mkdtempSync(join(tmpdir(), 'rolecall-catalog-'))
  const paths = { config: join(dir, 'config'), credentials: join(dir, 'credentials') }
  writeFileSync(paths.config, config)
  writeFileSync(paths.credentials, credentials)
  const files = await loadAwsFiles(paths)
  return { files, roles: Object.fromEntries(buildCatalog(files).map((r) => [r.profile, r])) }
}

const ARN = (name: string) => `arn:aws:iam::123456789012:role/${name}`

describe('buildCatalog', () => {
  it('finds every profile with a role_arn, with the keys the CLI reads', async () => {
    const { roles } = await catalogOf(
      `
# a comment
[default]
region = eu-west-1

[profile base]
mfa_serial = arn:aws:iam::123456789012:mfa/alice

[profile admin]
role_arn = ${ARN('Admin')}
source_profile = base
external_id = ext-1
duration_seconds = 7200
role_session_name = alice
region = us-west-2
source_identity = alice

[profile spaced]
role_arn=${ARN('Spaced')}
source_profile    =    base   ; trailing comment

[profile chained]
role_arn = ${ARN('Chained')}
source_profile = admin
mfa_serial = arn:aws:iam::123456789012:mfa/own

[profile ec2]
role_arn = ${ARN('Ec2')}
credential_source = Ec2InstanceMetadata

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
`,
      `[base]\naws_access_key_id = AKIA\naws_secret_access_key = s\n\n[from-creds-file]\nrole_arn = ${ARN('CredsFile')}\nsource_profile = base\n`
    )
    expect(Object.keys(roles).sort()).toEqual(['admin', 'chained', 'ec2', 'from-creds-file', 'spaced'])
    expect(roles.admin).toMatchObject({
      id: 'profile:admin',
      roleArn: ARN('Admin'),
      sourceProfile: 'base',
      externalId: 'ext-1',
      durationSeconds: 7200,
      sessionName: 'alice',
      region: 'us-west-2',
      sourceIdentity: 'alice',
      mfaSerial: 'arn:aws:iam::123456789012:mfa/alice',
      chained: false
    })
    expect(roles.admin!.problem).toBeUndefined()
    expect(roles.chained).toMatchObject({ chained: true, mfaSerial: 'arn:aws:iam::123456789012:mfa/own' })
    expect(roles.ec2).toMatchObject({ credentialSource: 'Ec2InstanceMetadata', chained: false })
    expect(roles.ec2!.problem).toBeUndefined()
  })

  it('gives each broken profile its own problem and leaves the others alone', async () => {
    const { roles } = await catalogOf(`
[profile ok]
role_arn = ${ARN('Ok')}
source_profile = ok-base
[profile ok-base]
region = us-east-1

[profile badline]
role_arn = ${ARN('BadLine')}
source_profile = ok-base
this line has no equals sign

[profile loop-a]
role_arn = ${ARN('A')}
source_profile = loop-b
[profile loop-b]
role_arn = ${ARN('B')}
source_profile = loop-a

[profile missing]
role_arn = ${ARN('Missing')}
source_profile = nowhere

[profile nosource]
role_arn = ${ARN('NoSource')}

[profile both]
role_arn = ${ARN('Both')}
source_profile = ok-base
credential_source = Environment

[profile badsource]
role_arn = ${ARN('BadSource')}
credential_source = Laptop

[profile badarn]
role_arn = arn:aws:iam::1234:role/X
source_profile = ok-base

[profile badduration]
role_arn = ${ARN('D')}
source_profile = ok-base
duration_seconds = forever
`)
    expect(roles.ok!.problem).toBeUndefined()
    expect(roles.badline!.problem).toMatch(/line 11 is not "key = value": "this line has no equals sign"/)
    expect(roles['loop-a']!.problem).toMatch(/source_profile loop: loop-a → loop-b → loop-a/)
    expect(roles.missing!.problem).toMatch(/source_profile "nowhere" \(used by "missing"\) does not exist/)
    expect(roles.nosource!.problem).toMatch(/no source_profile or credential_source/)
    expect(roles.both!.problem).toMatch(/either source_profile or credential_source/)
    expect(roles.badsource!.problem).toMatch(/credential_source must be one of Environment, Ec2InstanceMetadata, EcsContainer, not "Laptop"/)
    expect(roles.badarn!.problem).toMatch(/role_arn: The account ID must be exactly 12 digits/)
    expect(roles.badduration!.problem).toMatch(/duration_seconds must be a whole number/)
  })

  it('reports a section the SDK refuses and keeps the rest of the file', async () => {
    const { files, roles } = await catalogOf(`[profile __proto__]\nrole_arn = ${ARN('X')}\n[profile fine]\nrole_arn = ${ARN('Y')}\nsource_profile = fine\n`)
    expect(Object.keys(roles)).toEqual(['fine'])
    expect(files.fileProblems).toEqual([expect.stringMatching(/the section \[profile __proto__\] is ignored, as the AWS SDK refuses that name/)])
  })

  it('lists profiles whose names have dots, and not sso-session or services sections', async () => {
    const { roles } = await catalogOf(
      `[profile team.admin]\nrole_arn = ${ARN('A')}\nsource_profile = base\n[sso-session corp]\nrole_arn = ${ARN('S')}\n` +
        `[services local]\nrole_arn = ${ARN('V')}\n`,
      `[base]\naws_access_key_id = AKIA\naws_secret_access_key = s\n[ci.bot]\nrole_arn = ${ARN('C')}\nsource_profile = base\n`
    )
    expect(Object.keys(roles).sort()).toEqual(['ci.bot', 'team.admin'])
    expect(roles['team.admin']!.problem).toBeUndefined()
  })

  it('reports a role along the chain that has no usable source', async () => {
    const { roles } = await catalogOf(
      `[profile via-bogus]\nrole_arn = ${ARN('A')}\nsource_profile = bogus\n[profile bogus]\nrole_arn = ${ARN('B')}\ncredential_source = constructor\n` +
        `[profile via-both]\nrole_arn = ${ARN('C')}\nsource_profile = both\n[profile both]\nrole_arn = ${ARN('D')}\nsource_profile = x\ncredential_source = Environment\n` +
        `[profile via-none]\nrole_arn = ${ARN('E')}\nsource_profile = none\n[profile none]\nrole_arn = ${ARN('F')}\n` +
        `[profile via-env]\nrole_arn = ${ARN('G')}\nsource_profile = env\n[profile env]\nrole_arn = ${ARN('H')}\ncredential_source = Environment\n`
    )
    expect(roles['via-bogus']!.problem).toMatch(/source_profile "bogus" \(used by "via-bogus"\) cannot be used: credential_source must be one of .*not "constructor"/)
    expect(roles['via-both']!.problem).toMatch(/source_profile "both" \(used by "via-both"\) cannot be used: Set either source_profile or credential_source/)
    expect(roles['via-none']!.problem).toMatch(/source_profile "none" \(used by "via-none"\) cannot be used: .*no source_profile or credential_source/)
    expect(roles['via-env']!.problem).toBeUndefined()
  })

  it('leaves out sections the SDK names confusingly, and says why', async () => {
    const { files, roles } = await catalogOf(
      `[profile sso-session.corp]\nrole_arn = ${ARN('A')}\nsource_profile = base\n[sso-session corp]\nsso_region = eu-west-1\n`,
      `[base]\naws_access_key_id = AKIA\naws_secret_access_key = s\n[profile ci]\nrole_arn = ${ARN('C')}\nsource_profile = base\n`
    )
    expect(Object.keys(roles)).toEqual([])
    expect(files.fileProblems).toEqual([
      expect.stringMatching(/the profile "sso-session.corp" is ignored: the AWS SDK gives it the name of an \[sso-session corp\] section/),
      expect.stringMatching(/the section \[profile ci\] is ignored: the AWS SDK reads it as a profile named "profile.ci"\. The credentials file takes bare profile names/)
    ])
  })

  it('takes profile names like Object members as plain names', async () => {
    const { files, roles } = await catalogOf(
      `[profile uses-constructor]\nrole_arn = ${ARN('A')}\nsource_profile = constructor\n` +
        `[profile valueOf]\nrole_arn = ${ARN('B')}\nsource_profile = toString\n[profile toString]\nregion = eu-west-1\n`
    )
    expect(roles['uses-constructor']!.problem).toMatch(/source_profile "constructor" \(used by "uses-constructor"\) does not exist/)
    const valueOf = new Map(Object.entries(roles)).get('valueOf')
    expect(valueOf).toMatchObject({ sourceProfile: 'toString', chained: false })
    expect(valueOf?.problem).toBeUndefined()
    expect(profileSection(files, 'constructor')).toBeUndefined()
    expect(profileSection(files, 'hasOwnProperty')).toBeUndefined()
  })

  it('never quotes a secret from a bad line in its problem', async () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    const inConfig = await catalogOf(`[profile r]\nrole_arn = ${ARN('R')}\nsource_profile = base\naws_secret_access_key: ${secret}\n`)
    const inCredentials = await catalogOf('', `[base]\naws_secret_access_key ${secret}\n`)
    expect(inConfig.roles.r?.problem).toMatch(/line 4 is not "key = value": "aws_secret_access_key: …"/)
    expect([...inCredentials.files.lineProblems.values()].join()).toMatch(/line 2 is not "key = value": "aws_secret_access_key …"/)
    const problems = [inConfig.roles.r?.problem, ...inCredentials.files.lineProblems.values()].join(' ')
    for (const piece of [secret, secret.slice(0, 12), secret.slice(-12)]) expect(problems).not.toContain(piece)
  })

  it('treats missing files as empty, without problems', async () => {
    const files = await loadAwsFiles({ config: '/nonexistent/config', credentials: '/nonexistent/credentials' })
    expect(files.fileProblems).toEqual([])
    expect(buildCatalog(files)).toEqual([])
  })
})
