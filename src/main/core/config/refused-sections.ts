// The SDK's INI parser throws on a [__proto__] (or [profile __proto__]) section, and its loader then
// drops the whole file without a word, so one such section would cost every other profile in it. This
// hands the SDK the file with those sections blanked out, through the SDK's own externalDataInterceptor,
// so the rest of the file keeps working for the catalogue and for the SDK's credential providers alike.
import { externalDataInterceptor } from '@smithy/shared-ini-file-loader'

/** Section names the SDK's parseIni refuses (its profileNameBlockList). */
const REFUSED = new Set(['__proto__', 'profile __proto__'])

/** A line as parseIni reads it: comments cut off, then trimmed. */
const iniLine = (line: string): string => line.split(/(^|\s)[;#]/)[0]!.trim()
const isSectionLine = (trimmed: string): boolean => trimmed[0] === '[' && trimmed[trimmed.length - 1] === ']'

/** Paths whose text the SDK is currently given by us rather than reading the file. */
const shielded = new Set<string>()

/**
 * Returns the refused section names found in `text` and makes the SDK read `path` as `text` without them
 * until the next call for that path. Most files have none, so callers pre-check and call unshield instead.
 */
export function shieldRefusedSections(path: string, text: string): string[] {
  const refused: string[] = []
  let blanking = false
  const lines = text.split('\n').map((line) => {
    const trimmed = iniLine(line)
    if (isSectionLine(trimmed)) {
      const name = trimmed.slice(1, -1)
      blanking = REFUSED.has(name)
      if (blanking) refused.push(name)
    }
    // Blanked rather than removed, so line numbers in the SDK's view and in Rolecall's messages agree.
    return blanking ? '' : line
  })
  if (refused.length === 0) {
    unshield(path)
  } else {
    externalDataInterceptor.interceptFile(path, lines.join('\n'))
    shielded.add(path)
  }
  return refused
}

export const isShielded = (path: string): boolean => shielded.has(path)

/** Lets the SDK read `path` itself again. */
export function unshield(path: string): void {
  if (shielded.delete(path)) delete externalDataInterceptor.getFileRecord()[path]
}
