// Reads the shared AWS config and credentials files with the SDK's own loader, plus a cheap line check
// the loader does not do, so a bad line is reported against its profile instead of silently dropped.
import { loadSharedConfigFiles, getHomeDir, readFile } from '@smithy/shared-ini-file-loader'
import { join } from 'node:path'

export type Section = Record<string, string | undefined>
export type IniData = Record<string, Section | undefined>

export interface AwsFilePaths {
  config: string
  credentials: string
}

export interface AwsFiles {
  paths: AwsFilePaths
  config: IniData
  credentials: IniData
  /** Per profile name: lines the loader ignored. */
  lineProblems: Map<string, string[]>
  /** Whole-file problems (unreadable, rejected by the loader). */
  fileProblems: string[]
}

/** The same resolution the SDK and CLI use: the env variable, else ~/.aws/… under HOME or USERPROFILE. */
export function awsFilePaths(env: NodeJS.ProcessEnv = process.env): AwsFilePaths {
  const home = getHomeDir()
  return {
    config: expandHome(env.AWS_CONFIG_FILE || join(home, '.aws', 'config'), home),
    credentials: expandHome(env.AWS_SHARED_CREDENTIALS_FILE || join(home, '.aws', 'credentials'), home)
  }
}

export async function loadAwsFiles(paths: AwsFilePaths): Promise<AwsFiles> {
  const parsed = await loadSharedConfigFiles({ configFilepath: paths.config, filepath: paths.credentials, ignoreCache: true })
  // The loader's readFile hands back the text it has just read (its cache), so each file is read once.
  const [configText, credentialsText] = await Promise.all([readText(paths.config), readText(paths.credentials)])
  const lineProblems = new Map<string, string[]>()
  const fileProblems: string[] = []
  for (const [file, text, data, isConfig] of [
    [paths.config, configText, parsed.configFile, true],
    [paths.credentials, credentialsText, parsed.credentialsFile, false]
  ] as const) {
    if (typeof text !== 'string') {
      if (text.code !== 'ENOENT') fileProblems.push(`${file} could not be read: ${text.message}`)
      continue
    }
    const sections = SUSPECT_LINE.test(text) ? lintIni(text, isConfig, lineProblems, file) : Number(SECTION.test(text))
    const unreadable = isConfig ? unreadableProfileNames(text) : []
    if (unreadable.length > 0) {
      const examples = unreadable.slice(0, 3).map((name) => `[${name.length > 60 ? `${name.slice(0, 60)}…` : name}]`)
      fileProblems.push(
        `${file}: the AWS SDK ignores ${unreadable.length} profile section(s) whose names it cannot read, e.g. ${examples.join(', ')}. ` +
          'In the config file a profile name may only have letters, digits and - _ @ + . % : /.'
      )
    }
    // The loader drops a whole file it rejects (e.g. a [__proto__] section) and says nothing.
    if (sections > 0 && Object.keys(data).length === 0) {
      fileProblems.push(`${file} was rejected by the AWS SDK's parser; check its section names.`)
    }
  }
  return { paths, config: parsed.configFile as IniData, credentials: parsed.credentialsFile as IniData, lineProblems, fileProblems }
}

async function readText(path: string): Promise<string | NodeJS.ErrnoException> {
  try {
    return await readFile(path)
  } catch (error) {
    return error as NodeJS.ErrnoException
  }
}

// A cheap whole-file pre-check so the line-by-line lint below only runs when it can find something:
// an unindented line with no "=" that is no comment or section, or a line whose first non-blank is "=".
// It may match harmless lines (before the first section), never miss one lintIni would report.
// Lines are split at "\n" as lintIni splits them (no m flag: it would also split at "\r" and U+2028).
const SUSPECT_LINE = /(?:^|\n)(?:[^\S\n]*=|[^\s#;[=][^=\n]*(?:\n|$))/
const SECTION = /(?:^|\n)[^\S\n]*\[/

// The SDK's own test of a config file section name (parseIni in @smithy/core): a [profile NAME] whose
// NAME fails it (a space, an accent, an emoji) is dropped without a word, and with it the profile.
const SDK_SECTION_NAME = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/
const SECTION_LINE = /^[^\S\n]*\[([^\n]*)\][^\S\n]*$/gm

function unreadableProfileNames(text: string): string[] {
  const names: string[] = []
  for (const [, name = ''] of text.matchAll(SECTION_LINE)) {
    if (/^\s*profile\s/.test(name) && SDK_SECTION_NAME.exec(name)?.[1] !== 'profile') names.push(name.trim())
  }
  return names
}

/** Records lines that are neither blank, comment, section, key = value, nor an indented continuation. */
function lintIni(text: string, isConfig: boolean, problems: Map<string, string[]>, file: string): number {
  let section: string | undefined
  let sections = 0
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const trimmed = line.trim()
    if (trimmed === '' || trimmed[0] === '#' || trimmed[0] === ';') continue
    if (trimmed[0] === '[') {
      sections++
      section = sectionProfile(trimmed.slice(1, trimmed.lastIndexOf(']')).trim(), isConfig)
      continue
    }
    const eq = trimmed.indexOf('=')
    if (eq > 0 || (line !== line.trimStart() && eq !== 0)) continue
    if (section === undefined) continue
    const list = problems.get(section) ?? []
    list.push(`${file} line ${i + 1} is not "key = value": ${JSON.stringify(trimmed.slice(0, 60))}`)
    problems.set(section, list)
  }
  return sections
}

function sectionProfile(name: string, isConfig: boolean): string {
  return isConfig && name.startsWith('profile ') ? name.slice(8).trim() : name
}

function expandHome(path: string, home: string): string {
  return path.startsWith('~/') ? join(home, path.slice(2)) : path
}
