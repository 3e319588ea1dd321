// Catalogue load: Rolecall's reading of a 5,000-profile config (the SDK's loader, the line check and
// every role with its problems) against the SDK's bare loadSharedConfigFiles on the same files.
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader'
import { rmSync } from 'node:fs'
import { loadAwsFiles } from '../src/main/core/catalogue/aws-files'
import { buildCatalog } from '../src/main/core/catalogue/config-profiles'
import { writeBigConfig } from './big-config'
import { interleaved, line } from './report'

export async function catalogLoad(): Promise<string[]> {
  const big = writeBigConfig(5000)
  try {
    const paths = { config: big.configFile, credentials: big.credentialsFile }
    const ours = async () => buildCatalog(await loadAwsFiles(paths))
    const bare = () => loadSharedConfigFiles({ configFilepath: paths.config, filepath: paths.credentials, ignoreCache: true })
    const { subject, baseline } = await interleaved(ours, bare, { warmup: 10, rounds: 80 })
    return [line({ name: 'catalog-load', value: subject, unit: 'ms', baseline })]
  } finally {
    rmSync(big.dir, { recursive: true, force: true })
  }
}
