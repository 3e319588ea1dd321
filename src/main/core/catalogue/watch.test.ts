// The config watcher on real folders: edits are seen, and so is a ~/.aws folder (and the folders above it)
// created while Rolecall runs, without a restart.
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { watchAwsFiles } from './watch'

let stop: (() => void) | undefined
afterEach(() => stop?.())

function watched(home: string) {
  const paths = { config: join(home, '.aws', 'config'), credentials: join(home, '.aws', 'credentials') }
  const changes = { count: 0 }
  stop = watchAwsFiles(paths, () => changes.count++, 20)
  return { paths, changes }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

describe('watchAwsFiles', () => {
  it('sees an edit of a file in an existing folder, and ignores other files there', async () => {
    const home = mkdtempSync(join(tmpdir(), 'rolecall-watch-'))
    mkdirSync(join(home, '.aws'))
    const { paths, changes } = watched(home)
    writeFileSync(join(home, '.aws', 'notes.txt'), 'x')
    await settle()
    expect(changes.count).toBe(0)
    writeFileSync(paths.config, '[profile a]\n')
    await vi.waitFor(() => expect(changes.count).toBeGreaterThan(0), { timeout: 2000 })
  })

  it('starts watching a ~/.aws folder created after it started, and sees the file written into it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'rolecall-watch-'))
    const { paths, changes } = watched(home)
    mkdirSync(join(home, '.aws'))
    await vi.waitFor(() => expect(changes.count).toBeGreaterThan(0), { timeout: 2000 })
    await settle()
    const before = changes.count
    writeFileSync(paths.credentials, '[default]\n')
    await vi.waitFor(() => expect(changes.count).toBeGreaterThan(before), { timeout: 2000 })
  })

  it('waits down a chain of missing folders, and sees a folder moved into place with the file already in it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'rolecall-watch-'))
    const deep = join(home, 'a', 'b')
    const { changes } = watchedAt(deep)
    mkdirSync(join(home, 'a'))
    await settle()
    const staging = join(home, 'staging')
    mkdirSync(staging)
    writeFileSync(join(staging, 'config'), '[profile x]\n')
    const before = changes.count
    renameSync(staging, deep)
    await vi.waitFor(() => expect(changes.count).toBeGreaterThan(before), { timeout: 2000 })
    await settle()
    const after = changes.count
    writeFileSync(join(deep, 'config'), '[profile y]\n')
    await vi.waitFor(() => expect(changes.count).toBeGreaterThan(after), { timeout: 2000 })
  })
})

function watchedAt(dir: string) {
  const changes = { count: 0 }
  stop = watchAwsFiles({ config: join(dir, 'config'), credentials: join(dir, 'credentials') }, () => changes.count++, 20)
  return { changes }
}
