// Compares the fuse wire in a packaged Electron binary with what electron-builder.config.ts asks for,
// so a packaging run (CI's, or the packaging test's) proves the fuses were really flipped.
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { FuseState } from '@electron/fuses/dist/constants'
import { electronFuses, type Variant } from '../electron-builder.config'

type FuseName = Exclude<keyof ReturnType<typeof electronFuses>, 'resetAdHocDarwinSignature'>

// electron-builder's option names for the wire positions @electron/fuses numbers.
const POSITION: Record<FuseName, FuseV1Options> = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges
}

/** Each configured fuse the binary has in another state, as "name: expected X, found Y"; empty when all match. */
export async function fuseMismatches(executable: string, variant: Variant): Promise<string[]> {
  const wire = (await getCurrentFuseWire(executable)) as unknown as Record<number, number>
  return Object.entries(electronFuses(variant)).flatMap(([name, wanted]) => {
    if (!(name in POSITION)) return []
    const found = wire[POSITION[name as FuseName]]
    const expected = wanted ? FuseState.ENABLE : FuseState.DISABLE
    return found === expected ? [] : [`${name}: expected ${stateName(expected)}, found ${stateName(found)}`]
  })
}

function stateName(state: number | undefined): string {
  return state === undefined ? 'no such fuse' : (FuseState[state] ?? `state ${state}`)
}
