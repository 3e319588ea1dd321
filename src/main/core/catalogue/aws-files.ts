// Reads the shared AWS config and credentials files with the SDK's own loader, plus a cheap line check
// the loader does not do, so a bad line is reported against its profile instead of silently dropped.
import { readFile } from 'node:fs/promises'
import { sdkHeader, splitLines } from '../ini'
import type { AwsFilePaths } from './aws-file-paths'
import { handToSdk, releaseToSdk } from './refused-sections'
import { configProfiles, isKindPrefixed, parsedSections, type ConfigProfiles, type IniData } from './sdk-sections'

export interface AwsFiles {
  paths: AwsFilePaths
  config: IniData
  /** The config file's profiles in file order (see ConfigProfiles). */
  configProfiles: Pick<ConfigProfiles, 'names' | 'sections'>
  credentials: IniData
  /** Per profile name: lines the loader ignored. */
  lineProblems: Map<string, string[]>
  /** Whole-file problems: unreadable, or sections the SDK refuses or cannot read. */
  fileProblems: string[]
}

export async function loadAwsFiles(paths: AwsFilePaths): Promise<AwsFiles> {
  // Read here, checked, then handed to the SDK's loader, so the loader parses exactly the text checked
  // (with any section it would refuse blanked out) rather than reading the files again.
  const [configText, credentialsText] = await Promise.all([readText(paths.config), readText(paths.credentials)])
  const lineProblems = new Map<string, string[]>()
  const fileProblems: string[] = []
  const keep = new Set<string>()
  for (const [file, text, isConfig] of [
    [paths.config, configText, true],
    [paths.credentials, credentialsText, false]
  ] as const) {
    if (typeof text !== 'string') {
      releaseToSdk(file)
      if (text.code !== 'ENOENT') fileProblems.push(`${file} could not be read: ${text.message}`)
      continue
    }
    const suspect = NEEDS_CHECKS.test(text)
    for (const name of handToSdk(file, text, suspect)) {
      keep.add(file)
      fileProblems.push(`${file}: the section [${name}] is ignored, as the AWS SDK refuses that name; the rest of the file is used.`)
    }
    if (suspect) checkLines(file, text, isConfig, lineProblems, fileProblems)
  }
  const [config, credentials] = await Promise.all([parsedSections(paths.config), parsedSections(paths.credentials)])
  // A file with sections the SDK refuses stays handed over until the next load; the others are read from disk.
  for (const file of [paths.config, paths.credentials]) if (!keep.has(file)) releaseToSdk(file)
  const { byName, confusable, names, sections } = configProfiles(config)
  fileProblems.push(...misnamed(paths, confusable, credentials))
  return { paths, config: byName, configProfiles: { names, sections }, credentials, lineProblems, fileProblems }
}

/** Sections left out because the SDK reads their names as something else (see sdk-sections). */
function misnamed(paths: AwsFilePaths, confusable: string[], credentials: IniData): string[] {
  const header = (name: string) => `[${name.replace('.', ' ')}]`
  return [
    ...confusable.map((name) => `${paths.config}: the profile "${name}" is ignored: the AWS SDK gives it the name of an ${header(name)} section. Rename the profile.`),
    ...Object.keys(credentials)
      .filter(isKindPrefixed)
      .map(
        (name) =>
          `${paths.credentials}: the section ${header(name)} is ignored: the AWS SDK reads it as a profile named "${name}". ` +
          'The credentials file takes bare profile names, like [dev].'
      )
  ]
}

async function readText(path: string): Promise<string | NodeJS.ErrnoException> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    return error as NodeJS.ErrnoException
  }
}

// The SDK's own test of a config file section name (parseIni in @smithy/core): a [profile NAME] whose
// NAME fails it (a space, an accent, an emoji) is dropped without a word, and with it the profile.
const SDK_SECTION_NAME = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/

// One cheap pass over the whole file, so the checks below only run when they can find something. It may
// match harmless lines, never miss one they would report:
// - an unindented line with no "=" that is no comment or section, or a line whose first non-blank is "=";
// - a [profile …] header that is not exactly "profile", one blank, and a name the SDK accepts (bare or quoted);
// - a section the SDK refuses, [__proto__] or [profile __proto__].
// Lines are split at "\n" as the checks split them (no m flag: it would also split at "\r" and U+2028).
// "No = on the line" is a lookahead that stops at the first "=", rather than a run to the line's end,
// which backtracked over every key of every ordinary line.
const NAME = String.raw`[\w\-@+.%:/]+`
const LINE_END = String.raw`\][^\S\n]*(?:\n|$)`
export const NEEDS_CHECKS = new RegExp(
  String.raw`(?:^|\n)(?:[^\S\n]*=|[^\s#;[=](?![^=\n]*=)|[^\S\n]*\[(?:[^\S\n]+profile|(?:profile )?__proto__\]|profile[^\S\n](?!${NAME}${LINE_END}|(["'])${NAME}\1${LINE_END})))`
)

/** The line-by-line checks: lines the loader ignores, per profile, and profile names it cannot read. */
export function checkLines(file: string, text: string, isConfig: boolean, lineProblems: Map<string, string[]>, fileProblems: string[]): void {
  lintIni(text, isConfig, lineProblems, file)
  const unreadable = isConfig ? unreadableProfileNames(text) : []
  if (unreadable.length > 0) {
    const examples = unreadable.slice(0, 3).map((name) => `[${name.length > 60 ? `${name.slice(0, 60)}…` : name}]`)
    fileProblems.push(
      `${file}: the AWS SDK ignores ${unreadable.length} profile section(s) whose names it cannot read, e.g. ${examples.join(', ')}. ` +
        'In the config file a profile name may only have letters, digits and - _ @ + . % : /.'
    )
  }
}

function unreadableProfileNames(text: string): string[] {
  const names: string[] = []
  for (const line of splitLines(text)) {
    const name = sdkHeader(line.text)
    if (name === undefined) continue
    if (/^\s*profile\s/.test(name) && SDK_SECTION_NAME.exec(name)?.[1] !== 'profile') names.push(name.trim())
  }
  return names
}

/** Records lines that are neither blank, comment, section, key = value, nor an indented continuation. */
function lintIni(text: string, isConfig: boolean, problems: Map<string, string[]>, file: string): void {
  let section: string | undefined
  for (const { text: line, index } of splitLines(text)) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed[0] === '#' || trimmed[0] === ';') continue
    if (trimmed[0] === '[') {
      section = sectionProfile(trimmed.slice(1, trimmed.lastIndexOf(']')).trim(), isConfig)
      continue
    }
    const eq = trimmed.indexOf('=')
    if (eq > 0 || (line !== line.trimStart() && eq !== 0)) continue
    if (section === undefined) continue
    const list = problems.get(section) ?? []
    list.push(`${file} line ${index + 1} is not "key = value": ${JSON.stringify(quotable(trimmed))}`)
    problems.set(section, list)
  }
}

/**
 * The start of a bad line, fit to show: the line may hold a secret key or token whose "=" is missing, and
 * its message reaches the window, the terminal and the list cache, so long runs of key characters are cut.
 */
function quotable(line: string): string {
  return line.slice(0, 60).replace(/[A-Za-z0-9/+]{12,}/g, '…')
}

function sectionProfile(name: string, isConfig: boolean): string {
  return isConfig && name.startsWith('profile ') ? name.slice(8).trim() : name
}
