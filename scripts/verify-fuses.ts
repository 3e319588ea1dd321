// CI check after packaging: npx tsx scripts/verify-fuses.ts <release|e2e> [executable], the executable
// defaulting to where `electron-builder --dir` leaves it. Exits non-zero, naming each fuse, when the
// binary's fuse wire differs from what electron-builder.config.ts asks for.
import { packagedExecutable } from '../electron-builder.config'
import { fuseMismatches } from './fuse-check'

const [variant, given] = process.argv.slice(2)
if (variant !== 'release' && variant !== 'e2e') {
  console.error('usage: tsx scripts/verify-fuses.ts <release|e2e> [packaged executable]')
  process.exit(2)
}
const executable = given ?? packagedExecutable(variant)
const mismatches = await fuseMismatches(executable, variant)
for (const mismatch of mismatches) console.error(`fuse ${mismatch}`)
if (mismatches.length) process.exitCode = 1
else process.stdout.write(`${executable}: every fuse is as electron-builder.config.ts (${variant}) asks\n`)
