// The `list` cache on real files: a replay is exactly what was printed, and any change to a source
// file, or a file that is not a cache entry, means computing the listing again.
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listCache } from './list-cache'

let dir: string
let source: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rolecall-list-cache-'))
  source = join(dir, 'config')
  writeFileSync(source, '[profile a]\n')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const listing = { stdout: '\nNAME  NOTES\n"a"   {"json": "like"}\n\n', warnings: ['first\nof two lines', '"quoted" \\ warning'] }

describe('listCache', () => {
  it('replays what was written, output and warnings exactly', () => {
    expect(listCache(dir, 'list', [source]).read()).toBeUndefined()
    listCache(dir, 'list', [source]).write(listing)
    expect(listCache(dir, 'list', [source]).read()).toEqual(listing)
    expect(listCache(dir, 'list', [source]).read()).toEqual(listing)
  })

  it('keeps each listing apart', () => {
    listCache(dir, 'list', [source]).write(listing)
    expect(listCache(dir, 'list-json', [source]).read()).toBeUndefined()
  })

  it('computes again once a source changes, appears or goes', () => {
    const other = join(dir, 'credentials')
    listCache(dir, 'list', [source, other]).write(listing)
    writeFileSync(other, '')
    expect(listCache(dir, 'list', [source, other]).read()).toBeUndefined()
    listCache(dir, 'list', [source, other]).write(listing)
    // Same size, same content, only touched.
    utimesSync(source, new Date(), new Date(Date.now() + 5000))
    expect(listCache(dir, 'list', [source, other]).read()).toBeUndefined()
    listCache(dir, 'list', [source, other]).write(listing)
    rmSync(other)
    expect(listCache(dir, 'list', [source, other]).read()).toBeUndefined()
  })

  it('takes a damaged or foreign file for no cache', () => {
    listCache(dir, 'list', [source]).write(listing)
    const [file] = readdirSync(join(dir, 'cli-cache'))
    for (const content of ['', 'not json\nNAME', '{"stdout": "x", "warnings": []}', '{"key": "another"}\nNAME']) {
      writeFileSync(join(dir, 'cli-cache', file!), content)
      expect(listCache(dir, 'list', [source]).read()).toBeUndefined()
    }
  })

  it('writes nothing, and says nothing, where it cannot write', () => {
    // A data folder that is a file: no one, not even root, can make a folder inside it.
    const notAFolder = join(dir, 'not-a-folder')
    writeFileSync(notAFolder, '')
    expect(() => listCache(notAFolder, 'list', [source]).write(listing)).not.toThrow()
    expect(listCache(notAFolder, 'list', [source]).read()).toBeUndefined()
  })
})
