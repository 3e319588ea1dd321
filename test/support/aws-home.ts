// A throwaway AWS home for a test: shared config and credentials files in a temp folder, and the
// environment variables that point the real SDK at them and at the local STS and federation endpoint.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface AwsHome {
  dir: string
  configFile: string
  credentialsFile: string
  env: Record<string, string>
  write(files: { config?: string; credentials?: string }): void
  /** Applies `env` to process.env (the SDK reads it there) and returns a function that restores it. */
  apply(): () => void
  remove(): void
}

const CLEARED = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_ENDPOINT_URL',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI'
]

export function createAwsHome(opts: { stsUrl: string; signinUrl?: string }): AwsHome {
  const dir = mkdtempSync(join(tmpdir(), 'rolecall-aws-'))
  const configFile = join(dir, 'config')
  const credentialsFile = join(dir, 'credentials')
  writeFileSync(configFile, '')
  writeFileSync(credentialsFile, '')
  const env: Record<string, string> = {
    HOME: dir,
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
    AWS_ENDPOINT_URL_STS: opts.stsUrl,
    AWS_ENDPOINT_URL_SIGNIN: opts.signinUrl ?? opts.stsUrl,
    // Tests must never reach for the EC2 metadata address; only loopback is ours.
    AWS_EC2_METADATA_DISABLED: 'true'
  }
  return {
    dir,
    configFile,
    credentialsFile,
    env,
    write(files) {
      if (files.config !== undefined) writeFileSync(configFile, files.config)
      if (files.credentials !== undefined) writeFileSync(credentialsFile, files.credentials)
    },
    apply() {
      const saved = new Map<string, string | undefined>()
      for (const key of [...CLEARED, ...Object.keys(env)]) saved.set(key, process.env[key])
      for (const key of CLEARED) delete process.env[key]
      Object.assign(process.env, env)
      return () => {
        for (const [key, value] of saved) {
          if (value === undefined) delete process.env[key]
          else process.env[key] = value
        }
      }
    },
    remove() {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export function credentialsSection(profile: string, keys: { accessKeyId: string; secretAccessKey: string; sessionToken?: string }): string {
  return [
    `[${profile}]`,
    `aws_access_key_id = ${keys.accessKeyId}`,
    `aws_secret_access_key = ${keys.secretAccessKey}`,
    ...(keys.sessionToken ? [`aws_session_token = ${keys.sessionToken}`] : []),
    ''
  ].join('\n')
}
