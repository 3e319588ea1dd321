// Removes secrets from any text that could reach a log, an error message or the renderer.

const REDACTED = '‹redacted›'
// Secret access keys are 40 base64 characters; session tokens are hundreds. ARNs and key IDs never match
// because they contain ':' or are shorter, so legitimate detail survives.
const LONG_BASE64 = /[A-Za-z0-9/+=]{40,}/g

export function redact(text: string, knownSecrets: readonly string[] = []): string {
  let out = text
  for (const secret of knownSecrets) {
    if (secret.length >= 8) out = out.split(secret).join(REDACTED)
  }
  return out.replace(LONG_BASE64, REDACTED)
}
