// Removes secrets from any text that could reach a log, an error message or the renderer.

const REDACTED = '‹redacted›'
// A run of base64 characters, also where they are URL-encoded (%2B, %2F, %3D) as in a federation Session
// parameter echoed back by an endpoint. A run may not start right after a '%' or '%X': the hex digits of
// an escape such as %22 are not part of the value that follows it.
const BASE64_RUN = /(?<!%[0-9A-Fa-f]?)(?:[A-Za-z0-9/+=]|%2[BbFf]|%3[Dd])+/g
// Secret access keys are 40 base64 characters; session tokens are hundreds. ARNs and key IDs never reach
// that because they contain ':' or are shorter, so legitimate detail survives.
const SECRET_LENGTH = 40
// A shorter piece of a known secret (an echoed body cut short, say) still gives part of it away.
const PIECE_LENGTH = 12

export function redact(text: string, knownSecrets: readonly string[] = []): string {
  let out = text
  for (const secret of knownSecrets) {
    if (secret.length < 8) continue
    for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join(REDACTED)
  }
  return out.replace(BASE64_RUN, (run) => {
    const plain = run.replace(/%2B/gi, '+').replace(/%2F/gi, '/').replace(/%3D/gi, '=')
    if (plain.length >= SECRET_LENGTH) return REDACTED
    return plain.length >= PIECE_LENGTH && knownSecrets.some((secret) => secret.includes(plain)) ? REDACTED : run
  })
}
