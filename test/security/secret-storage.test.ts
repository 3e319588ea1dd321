// What Rolecall tells the user about safeStorage: the SecretBox adapter reads the protection level
// from a fake of Electron's safeStorage (async availability, Linux backend), and only a system
// where it would protect nothing gets a "not protected" notice.
import { describe, expect, it } from 'vitest'
import { electronSecretBox, protectionNotice } from '../../src/main/electron/secret-box'

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown'

function safeStorage(available: boolean, backend: Backend) {
  return {
    isAsyncEncryptionAvailable: async () => available,
    getSelectedStorageBackend: () => backend
  }
}

describe('electronSecretBox().protection()', () => {
  it.each([
    ['linux', true, 'gnome_libsecret', 'os'],
    ['linux', true, 'kwallet6', 'os'],
    ['linux', true, 'basic_text', 'basic_text'],
    ['linux', false, 'unknown', 'unavailable'],
    ['darwin', true, 'unknown', 'os'],
    ['win32', true, 'unknown', 'os'],
    ['darwin', false, 'unknown', 'unavailable']
  ] as const)('on %s, available %s, backend %s: %s', async (platform, available, backend, expected) => {
    expect(await electronSecretBox(safeStorage(available, backend), platform).protection()).toBe(expected)
  })
})

describe('protectionNotice', () => {
  it('says nothing when the OS protects secrets', () => {
    expect(protectionNotice('os')).toBeUndefined()
  })

  it.each(['basic_text', 'unavailable'] as const)('tells the user secrets would not be protected (%s)', (protection) => {
    expect(protectionNotice(protection)).toMatchObject({ id: 'secret-storage', message: expect.stringMatching(/would not be protected/) })
  })
})
