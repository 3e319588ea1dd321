// The SecretBox port on Electron's safeStorage, through its asynchronous API (the synchronous one is
// deprecated), and the start-up notice for a system where safeStorage protects nothing.
import type { SafeStorage } from 'electron'
import type { Notice } from '../../shared/views'
import type { SecretBox, SecretProtection } from '../core/ports'

export function electronSecretBox(
  safeStorage: Pick<SafeStorage, 'isAsyncEncryptionAvailable' | 'getSelectedStorageBackend'>,
  platform: NodeJS.Platform = process.platform
): SecretBox {
  return {
    async protection() {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return 'unavailable'
      // Only Linux picks a backend; with no keyring it falls back to basic_text, whose key is built into Chromium.
      if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return 'basic_text'
      return 'os'
    }
  }
}

/** Informational: nothing secret is on disk to be exposed, but the user should know before trusting the OS store. */
export function protectionNotice(protection: SecretProtection): Notice | undefined {
  if (protection === 'os') return undefined
  const why =
    protection === 'basic_text'
      ? 'this desktop has no keyring Electron can use (safeStorage would fall back to basic_text)'
      : "Electron's safeStorage cannot encrypt on this system"
  return {
    id: 'secret-storage',
    level: 'info',
    message: `Secrets stored on disk would not be protected: ${why}. Rolecall keeps sessions in memory only; profiles you write to the credentials file are plain text, as AWS tools read them.`
  }
}
