// Where the broker socket goes when the data folder's path is too long for one: a short folder of this
// user's, never one someone else made or pointed elsewhere.
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { socketPath } from './protocol'
import { brokerSocketPath, fitsSocketPath } from './socket-dir'

const realTmp = process.env.TMPDIR
afterEach(() => {
  if (realTmp === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = realTmp
})

/** A temp folder of the test's own, so the shared one is never touched. */
function ownTmp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rolecall-tmp-'))
  process.env.TMPDIR = dir
  return dir
}

const LONG = `/home/alice/${'x'.repeat(120)}/Rolecall`
const uid = process.getuid?.() ?? 0

describe('fitsSocketPath', () => {
  it('counts bytes and the final NUL against 108 on Linux and 104 elsewhere', () => {
    expect(fitsSocketPath(`/${'a'.repeat(106)}`, 'linux')).toBe(true)
    expect(fitsSocketPath(`/${'a'.repeat(107)}`, 'linux')).toBe(false)
    expect(fitsSocketPath(`/${'a'.repeat(102)}`, 'darwin')).toBe(true)
    expect(fitsSocketPath(`/${'a'.repeat(103)}`, 'darwin')).toBe(false)
    expect(fitsSocketPath(`/${'é'.repeat(53)}`, 'linux')).toBe(true)
    expect(fitsSocketPath(`/${'é'.repeat(54)}`, 'linux')).toBe(false)
  })
})

describe.skipIf(process.platform === 'win32')('brokerSocketPath', () => {
  it('keeps the socket in the data folder when it fits', () => {
    expect(brokerSocketPath('/home/alice/.config/Rolecall', 'linux')).toBe(socketPath('/home/alice/.config/Rolecall'))
  })

  it('uses tmp/rolecall-<uid>, made 0700, for a long data folder, one socket name per data folder', () => {
    const tmp = ownTmp()
    const path = brokerSocketPath(LONG, 'linux')
    expect(dirname(path)).toBe(join(tmp, `rolecall-${uid}`))
    expect(lstatSync(dirname(path)).mode & 0o777).toBe(0o700)
    expect(brokerSocketPath(LONG, 'linux')).toBe(path)
    expect(brokerSocketPath(`${LONG}2`, 'linux')).not.toBe(path)
    expect(fitsSocketPath(path, 'darwin')).toBe(true)
  })

  it.each([
    ['a link to another folder', (at: string, tmp: string) => symlinkSync(mkdtempSync(join(tmp, 'elsewhere-')), at)],
    ['a folder others may enter', (at: string) => (mkdirSync(at), chmodSync(at, 0o755))]
  ])('takes a fresh folder when that name is %s', (_, prepare) => {
    const tmp = ownTmp()
    const shared = join(tmp, `rolecall-${uid}`)
    prepare(shared, tmp)
    const path = brokerSocketPath(LONG, 'linux')
    expect(dirname(path)).not.toBe(shared)
    expect(dirname(dirname(path))).toBe(tmp)
    const folder = lstatSync(dirname(path))
    expect(folder.isDirectory() && (folder.mode & 0o777) === 0o700).toBe(true)
  })
})
