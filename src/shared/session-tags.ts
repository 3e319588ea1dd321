// Session tags as the user writes them, "Project=alpha, Team=ops", with the transitive keys as
// "Project": one syntax for the role form and for a config profile's rolecall_session_tags and
// rolecall_transitive_tag_keys keys (the AWS CLI has no keys for tags, and ignores these). Checked
// against STS's own rules, so a mistake is named before anything is sent.

export interface SessionTag {
  key: string
  value: string
}

export interface SessionTags {
  tags: SessionTag[]
  transitiveTagKeys: string[]
}

/** On failure, `field` names the one at fault, as the role form and the IPC contract call them. */
export type SessionTagsResult = { ok: true; value: SessionTags } | { ok: false; error: string; field: 'sessionTags' | 'transitiveTagKeys' }

/** STS's limits: 50 tags, keys of 1–128 and values of up to 256 letters, digits, blanks and _ . : / = + - @. */
const MAX_TAGS = 50
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u

const quote = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
/** STS counts characters, not UTF-16 units: an emoji is one. */
const length = (text: string): number => [...text].length

export function parseSessionTags(tagsText: string, transitiveText = ''): SessionTagsResult {
  const tags: SessionTag[] = []
  /** Lower-cased key → the key as written. */
  const seen = new Map<string, string>()
  for (const pair of items(tagsText)) {
    const eq = pair.indexOf('=')
    if (eq === -1) return fail(`${quote(pair)} is not Key=Value.`)
    // Split at the first "=": a key cannot contain one here, though STS would take it.
    const key = pair.slice(0, eq).trim()
    const value = pair.slice(eq + 1).trim()
    if (length(key) < 1 || length(key) > 128) return fail(`A tag key is 1 to 128 characters; ${quote(key)} is not.`)
    if (length(value) > 256) return fail(`The value of tag ${quote(key)} is longer than 256 characters.`)
    if (!TAG_TEXT.test(key) || !TAG_TEXT.test(value)) {
      return fail(`Tag ${quote(key)} may only have letters, digits, blanks and _ . : / = + - @.`)
    }
    // STS compares tag keys without regard to case.
    if (seen.has(key.toLowerCase())) return fail(`Tag ${quote(key)} is given twice.`)
    seen.set(key.toLowerCase(), key)
    tags.push({ key, value })
  }
  if (tags.length > MAX_TAGS) return fail(`At most ${MAX_TAGS} session tags can be passed; there are ${tags.length}.`)
  // Each once, spelt as its tag is.
  const transitiveTagKeys: string[] = []
  for (const key of items(transitiveText)) {
    const tagKey = seen.get(key.toLowerCase())
    if (tagKey === undefined) return fail(`Transitive tag key ${quote(key)} is not one of the session tags.`, 'transitiveTagKeys')
    if (!transitiveTagKeys.includes(tagKey)) transitiveTagKeys.push(tagKey)
  }
  return { ok: true, value: { tags, transitiveTagKeys } }
}

function items(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function fail(error: string, field: 'sessionTags' | 'transitiveTagKeys' = 'sessionTags'): SessionTagsResult {
  return { ok: false, error: `Session tags: ${error}`, field }
}
