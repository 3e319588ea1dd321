// Rolecall's config file mapping must give exactly the profiles the SDK's loader gives, in its order.
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { handToSdk, releaseToSdk } from './refused-sections'
import { configProfiles, parsedSections } from './sdk-sections'

const kind = fc.constantFrom('profile ', 'profile  ', 'profile.', 'sso-session ', 'sso-session.', 'services ', 'services.', 'other ', 'other.', '')
const name = fc.constantFrom('default', 'a', 'b', 'a.b', 'sso-session.a', 'services.b', '123', '"q"', "'q'", '__proto__', '"__proto__"', 'constructor', 'x y', 'é')
const section = fc
  .tuple(kind, name, fc.array(fc.constantFrom('region = eu-west-1', 'role_arn = r', 's3 =', '  max = 1', '# c', ''), { maxLength: 3 }))
  .map(([k, n, lines]) => [`[${k}${n}]`, ...lines].join('\n'))
const file = fc.array(section, { maxLength: 8 }).map((sections) => sections.join('\n'))

const CONFIG = '/rolecall-test/config'
const NONE = '/rolecall-test/none'

describe('configProfiles', () => {
  it('gives the profiles, values and order the SDK loader gives', async () => {
    handToSdk(NONE, '', false)
    try {
      await fc.assert(
        fc.asyncProperty(file, async (text) => {
          handToSdk(CONFIG, text, false)
          const sdk = (await loadSharedConfigFiles({ configFilepath: CONFIG, filepath: NONE })).configFile
          const ours = configProfiles(await parsedSections(CONFIG))
          expect(Object.entries(ours.byName)).toEqual(Object.entries(sdk))
          const profiles = Object.entries(sdk).filter(([key]) => !/^(sso-session|services)\./.test(key))
          expect(new Map(ours.names.map((name, i) => [name, ours.sections[i]]))).toEqual(new Map(profiles))
          expect(ours.names).toHaveLength(profiles.length)
          // File order, as the SDK's, but for names like "123", which an object lists first.
          const notIndex = (key: string) => !/^\d+$/.test(key)
          expect(ours.names.filter(notIndex)).toEqual(profiles.map(([key]) => key).filter(notIndex))
        }),
        { numRuns: 3000, seed: 20261128 }
      )
    } finally {
      releaseToSdk(CONFIG)
      releaseToSdk(NONE)
    }
  })

  it('lists the profiles in file order, one [default]', async () => {
    const text = '[default]\nregion = a\n[profile dev]\nrole_arn = r\n[sso-session corp]\nsso_region = b\n[profile 123]\nregion = n\n[profile default]\nregion = c\n[profile a.b]\nregion = d\n'
    handToSdk(CONFIG, text, false)
    try {
      const { byName, names, sections } = configProfiles(await parsedSections(CONFIG))
      expect(names).toEqual(['default', 'dev', '123', 'a.b'])
      expect(sections[0]).toEqual({ region: 'c' })
      expect(Object.keys(byName)).toEqual(['123', 'default', 'dev', 'sso-session.corp', 'a.b'])
    } finally {
      releaseToSdk(CONFIG)
    }
  })
})
