// Benchmarks anyone can run (`npm run bench`): each figure against a baseline measured in the same run.
import { assumeRoleOverhead } from './assume-role'

const benches = [assumeRoleOverhead]

for (const bench of benches) {
  for (const line of await bench()) console.log(line)
}
