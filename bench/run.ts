// Benchmarks anyone can run (`npm run bench`): each figure against a baseline measured in the same run.
import { assumeRoleOverhead } from './assume-role'
import { catalogLoad } from './catalog-load'
import { cliBrokerCredentialProcess, cliExport, cliListColdStart } from './cli'
import { rendererAtScale } from './renderer'

const benches = [assumeRoleOverhead, catalogLoad, cliListColdStart, cliExport, cliBrokerCredentialProcess, rendererAtScale]

for (const bench of benches) {
  for (const line of await bench()) console.log(line)
}
