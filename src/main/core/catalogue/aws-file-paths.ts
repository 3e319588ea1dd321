// Where the shared AWS config and credentials files are, resolved as the SDK and the AWS CLI resolve them.
// A module of its own, so the CLI's cached `list` can name the files without loading the catalogue.
import { getHomeDir } from '@smithy/shared-ini-file-loader'
import { join } from 'node:path'

export interface AwsFilePaths {
  config: string
  credentials: string
}

/** The same resolution the SDK and CLI use: the env variable, else ~/.aws/… under HOME or USERPROFILE. */
export function awsFilePaths(env: NodeJS.ProcessEnv = process.env): AwsFilePaths {
  const home = getHomeDir()
  return {
    config: expandHome(env.AWS_CONFIG_FILE || join(home, '.aws', 'config'), home),
    credentials: expandHome(env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'), home)
  }
}

function expandHome(path: string, home: string): string {
  return path.startsWith('~/') ? join(home, path.slice(2)) : path
}
