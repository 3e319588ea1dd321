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

export type SessionTagsResult = { ok: true; value: SessionTags } | { ok: false; error: string }

/** STS's limits: 50 tags, keys of 1–128 and values of up to 256 letters, digits, blanks and _ . : / = + - @. */
const MAX_TAGS = 50
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u

const quote = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)

export function parseSessionTags(tagsText: string, transitiveText = ''): SessionTagsResult {
  const tags: SessionTag[] = []
  const seen = new Set<string>()
  for (const pair of items(tagsText)) {
    const eq = pair.indexOf('=')
    if (eq === -1) return fail(`${quote(pair)} is not Key=Value.`)
    const key = pair.slice(0, eq).trim()
    const value = pair.slice(eq + 1).trim()
    if (key.length < 1 || key.length > 128) return fail(`A tag key is 1 to 128 characters; ${quote(key)} is not.`)
    if (value.length > 256) return fail(`The value of tag ${quote(key)} is longer than 256 characters.`)
    if (!TAG_TEXT.test(key) || !TAG_TEXT.test(value)) {
      return fail(`Tag ${quote(key)} may only have letters, digits, blanks and _ . : / = + - @.`)
    }
    // STS compares tag keys without regard to case.
    if (seen.has(key.toLowerCase())) return fail(`Tag ${quote(key)} is given twice.`)
    seen.add(key.toLowerCase())
    tags.push({ key, value })
  }
  if (tags.length > MAX_TAGS) return fail(`At most ${MAX_TAGS} session tags can be passed; there are ${tags.length}.`)
  const transitiveTagKeys = items(transitiveText)
  for (const key of transitiveTagKeys) {
    if (!seen.has(key.toLowerCase())) return fail(`Transitive tag key ${quote(key)} is not one of the session tags.`)
  }
  return { ok: true, value: { tags, transitiveTagKeys } }
}

function items(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

function fail(error: string): SessionTagsResult {
  return { ok: false, error: `Session tags: ${error}` }
}
