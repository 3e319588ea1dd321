// The SDK loader's own parse of a shared config file, and the config file's section mapping done in one
// loop. loadSharedConfigFiles parses the credentials file with its parser alone, so each file is handed
// to it in that place; the config file then gets the mapping the loader would give it (getConfigData in
// @smithy/core), which, as a filter and a reduce over Object.entries, cost about a quarter of the
// loader's time on a 5,000-profile file. The two are tested equal.
import { externalDataInterceptor, loadSharedConfigFiles } from '@smithy/shared-ini-file-loader'
import { IniSectionType } from '@smithy/types'

export type Section = Record<string, string | undefined>
export type IniData = Record<string, Section | undefined>

/** A path the SDK reads as an empty file, for the config file's place while another file is parsed. */
const NO_FILE = 'rolecall:no-file'
externalDataInterceptor.interceptFile(NO_FILE, '')

/** The sections of the file at `path` (or of the text handed over for it) as the SDK's parser names them. */
export async function parsedSections(path: string): Promise<IniData> {
  const { credentialsFile } = await loadSharedConfigFiles({ configFilepath: NO_FILE, filepath: path })
  return ownOnly(credentialsFile)
}

const PROFILE = `${IniSectionType.PROFILE}.`
const KINDS = Object.values(IniSectionType).map((type) => `${type}.`)
const KEPT = KINDS.filter((prefix) => prefix !== PROFILE)

/** A name the parser made from a [KIND NAME] header ("profile.x", "sso-session.x", "services.x"): in the credentials file, a mistake. */
export const isKindPrefixed = (name: string): boolean => KINDS.some((prefix) => name.startsWith(prefix))

export interface ConfigProfiles {
  /** Every section, by the name the loader gives it. */
  byName: IniData
  /**
   * Profiles named like another kind of section ([profile sso-session.x]): the loader gives them the name
   * of an [sso-session x] section, and the SDK reads them as one. Left out of `names`.
   */
  confusable: string[]
  /**
   * The profiles alone, without sso-session and services sections, in file order, names and sections
   * side by side. A catalogue build walks these instead of looking up thousands of names again.
   */
  names: string[]
  sections: Section[]
}

/**
 * The config file's sections as the loader gives them: [default], then "profile.NAME" as NAME and the
 * other known kinds ("sso-session.NAME", "services.NAME") as they are, a later section replacing an
 * earlier one of the same name. "__proto__" is left out, as the loader's result has no such key of its own.
 */
export function configProfiles(parsed: IniData): ConfigProfiles {
  const byName: IniData = Object.create(null)
  const confusable: string[] = []
  const names: string[] = []
  const sections: Section[] = []
  const add = (name: string, section: Section): void => {
    if (KEPT.some((prefix) => name.startsWith(prefix))) {
      confusable.push(name)
    } else if (name === 'default' && byName.default) {
      // Otherwise only [default] and [profile default] can give a profile the same name.
      sections[names.indexOf(name)] = section
    } else {
      names.push(name)
      sections.push(section)
    }
    byName[name] = section
  }
  if (parsed.default) add('default', parsed.default)
  for (const key in parsed) {
    if (key.startsWith(PROFILE)) {
      const name = key.slice(PROFILE.length)
      if (name !== '__proto__') add(name, parsed[key]!)
    } else if (KEPT.some((prefix) => key.startsWith(prefix))) {
      byName[key] = parsed[key]
    }
  }
  return { byName, confusable, names, sections }
}

/**
 * Sections without Object.prototype behind them, so a profile named like one of its members
 * ("constructor", "toString") finds nothing rather than a function, and a lookup needs no own-key check.
 */
function ownOnly(sections: object): IniData {
  return Object.setPrototypeOf(sections, null) as IniData
}
