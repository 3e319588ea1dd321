// Benchmarks anyone can run (`npm run bench`): each figure against a baseline measured in the same run.
import { assumeRoleOverhead } from './assume-role'
import { catalogLoad } from './catalog-load'
import { cliExport, cliListColdStart } from './cli'

const benches = [assumeRoleOverhead, catalogLoad, cliListColdStart, cliExport]

for (const bench of benches) {
  for (const line of await bench()) console.log(line)
}
