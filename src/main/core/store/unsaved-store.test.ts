// A store whose disk refuses writes keeps the changes in memory and says so; they reach the disk with
// the first write that succeeds.
import { describe, expect, it } from 'vitest'
import type { KeyValueStore } from '../ports'
import { keepUnsaved } from './unsaved-store'

/** The disk edge: a file's contents, and whether writing to it fails as a read-only disk does. */
function disk(): KeyValueStore & { saved: Map<string, unknown>; readOnly: boolean } {
  const saved = new Map<string, unknown>()
  return {
    saved,
    readOnly: false,
    path: '/data/settings.json',
    get: (key) => saved.get(key),
    set(key, value) {
      if (this.readOnly) throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' })
      saved.set(key, value)
    }
  }
}

describe('keepUnsaved', () => {
  it('keeps what could not be written, reports it once per failing write, and saves it all when it can', () => {
    const inner = disk()
    const reports: (string | undefined)[] = []
    const store = keepUnsaved(inner, (reason) => reports.push(reason))
    store.set('a', 1)
    inner.readOnly = true
    store.set('b', 2)
    store.set('a', 3)
    expect([store.get('a'), store.get('b')]).toEqual([3, 2])
    expect([inner.saved.get('a'), inner.saved.get('b')]).toEqual([1, undefined])
    expect(reports).toEqual(['it is not writable', 'it is not writable'])
    inner.readOnly = false
    store.set('c', 4)
    expect(Object.fromEntries(inner.saved)).toEqual({ a: 3, b: 2, c: 4 })
    expect(reports.at(-1)).toBeUndefined()
    store.set('d', 5)
    expect(reports).toHaveLength(3)
  })

  it('passes on a value the store itself refuses, keeping nothing back', () => {
    const inner = disk()
    const refusing: KeyValueStore = { ...inner, set: () => { throw new Error('Config schema violation: `settings` must be object') } }
    const reports: (string | undefined)[] = []
    const store = keepUnsaved(refusing, (reason) => reports.push(reason))
    expect(() => store.set('settings', 'x')).toThrow(/schema violation/)
    expect(store.get('settings')).toBeUndefined()
    expect(reports).toEqual([])
  })
})
