// Folders only this user may enter (0700), for files that hold secrets or point at them: the console
// handoff pages, the settings file, the broker's socket. Created so, and tightened when they already exist,
// because a folder another user can list or enter lets them open what is inside by name.
import { chmodSync, mkdirSync } from 'node:fs'

export function ensurePrivateDir(dir: string, platform: NodeJS.Platform = process.platform): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  // Windows folders take the user's ACLs, not modes; chmod there would only touch the read-only flag.
  if (platform !== 'win32') chmodSync(dir, 0o700)
}
