// The SDK's INI parser throws on a [__proto__] (or [profile __proto__]) section, and its loader then
// drops the whole file without a word, so one such section would cost every other profile in it.
// Rolecall hands the SDK the text it has just read and checked, through the SDK's own
// externalDataInterceptor: for one parse as it is, or, when it has such sections, with them blanked out
// until the next load, so the rest of the file keeps working for the catalogue and for the SDK's
// credential providers alike.
import { externalDataInterceptor } from '@smithy/shared-ini-file-loader'
import { sdkHeader, splitLines } from '../ini'

/** Section names the SDK's parseIni refuses (its profileNameBlockList). */
const REFUSED = new Set(['__proto__', 'profile __proto__'])

/** Paths whose text the SDK is given by Rolecall rather than reading the file. */
const handed = new Set<string>()

/**
 * Makes the SDK read `text` as the file at `path`, with the sections it refuses blanked out, and returns
 * their names. `mayRefuse` is the caller's cheap pre-check: when false, the text is handed over as it is.
 */
export function handToSdk(path: string, text: string, mayRefuse: boolean): string[] {
  const refused: string[] = []
  let given = text
  if (mayRefuse) {
    let blanking = false
    const lines = splitLines(text).map((line) => {
      const name = sdkHeader(line.text)
      if (name !== undefined) {
        blanking = REFUSED.has(name)
        if (blanking) refused.push(name)
      }
      // Blanked rather than removed, so line numbers in the SDK's view and in Rolecall's messages agree.
      return blanking ? line.eol : line.text + line.eol
    })
    if (refused.length > 0) given = lines.join('')
  }
  externalDataInterceptor.interceptFile(path, given)
  handed.add(path)
  return refused
}

/** Lets the SDK read `path` from disk again. */
export function releaseToSdk(path: string): void {
  if (handed.delete(path)) delete externalDataInterceptor.getFileRecord()[path]
}
