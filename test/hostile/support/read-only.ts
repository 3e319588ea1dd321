// Makes a folder really read-only for a test. Permissions do not stop root, which is who the tests
// run as here, so as root the folder is bind-mounted read-only onto itself instead.
import { execFileSync } from 'node:child_process'
import { chmodSync } from 'node:fs'

export type ReadOnly = { undo(): void } | { unavailable: string }

export function makeReadOnly(dir: string): ReadOnly {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o555)
    return { undo: () => chmodSync(dir, 0o755) }
  }
  let mounted = false
  try {
    execFileSync('mount', ['--bind', dir, dir], { stdio: 'pipe' })
    mounted = true
    execFileSync('mount', ['-o', 'remount,ro,bind', dir], { stdio: 'pipe' })
    return { undo: () => execFileSync('umount', [dir], { stdio: 'pipe' }) }
  } catch (error) {
    if (mounted) execFileSync('umount', [dir], { stdio: 'pipe' })
    return { unavailable: `running as root without the right to mount (${(error as Error).message.split('\n')[0]})` }
  }
}
