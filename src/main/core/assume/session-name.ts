// The default RoleSessionName: "rolecall-<local user>", cleaned to STS's character set and length.
import { userInfo } from 'node:os'

export function defaultSessionName(username: string = safeUsername()): string {
  const cleaned = `rolecall-${username}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64)
  return cleaned.length >= 2 ? cleaned : 'rolecall'
}

function safeUsername(): string {
  try {
    return userInfo().username
  } catch {
    return 'user'
  }
}
