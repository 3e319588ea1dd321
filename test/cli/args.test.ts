// Command-line parsing, exit codes, the listing cache and the settings snapshot, in-process.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseCommandLine, parseDuration, parseFormat } from '../../src/main/cli/args'
import { UsageError } from '../../src/main/cli/errors'
import { exitCodeFor } from '../../src/main/cli/exit-codes'
import { listCache } from '../../src/main/cli/list-cache'
import { readSettingsSnapshot } from '../../src/main/cli/settings-snapshot'
import { readRolePreferences } from '../../src/main/core/store/role-preferences'

describe('parseCommandLine', () => {
  it('reads a command, its ROLE and its options', () => {
    expect(parseCommandLine(['export', 'prod', '-f', 'fish', '--duration=1h', '--mfa-code', '123456'])).toEqual({
      kind: 'run',
      command: 'export',
      args: { role: 'prod', values: { format: 'fish', duration: '1h', 'mfa-code': '123456' } }
    })
    expect(parseCommandLine(['whoami'])).toMatchObject({ kind: 'run', command: 'whoami', args: { role: undefined, values: {} } })
    expect(parseCommandLine(['list', '--json'])).toMatchObject({ args: { values: { json: true } } })
  })

  it('answers help and version before anything else', () => {
    expect(parseCommandLine(['--help'])).toEqual({ kind: 'help' })
    expect(parseCommandLine(['help', 'console'])).toEqual({ kind: 'help', command: 'console' })
    expect(parseCommandLine(['console', 'x', '-h'])).toEqual({ kind: 'help', command: 'console' })
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' })
  })

  it.each([
    [['export', 'a', '--format'], /--format.*argument missing|needs a value/i],
    [['export', 'a', '--format', ''], /--format needs a value/],
    [['whoami', 'a', 'b'], /unexpected argument "b"/],
    [['help', 'nope'], /there is no command "nope"/],
    [['list', '--json=yes'], /--json/]
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError)
    expect(() => parseCommandLine(argv)).toThrow(message)
  })
})

describe('parseDuration', () => {
  it.each([
    ['900', 900],
    ['15m', 900],
    ['1h', 3600],
    ['1h30m', 5400],
    ['2h0m30s', 7230],
    ['12h', 43200],
    ['43200', 43200]
  ])('%s is %i seconds', (text, seconds) => {
    expect(parseDuration(text, 'export')).toBe(seconds)
  })

  it.each(['899', '14m', '12h1s', '43201', '1d', '1.5h', 'h', '', '-900', ' 1h'])('refuses %j', (text) => {
    expect(() => parseDuration(text, 'export')).toThrow(UsageError)
  })
})

describe('parseFormat', () => {
  it('defaults to bash and knows every format', () => {
    expect(parseFormat(undefined, 'export')).toBe('bash')
    expect(parseFormat('ini', 'export')).toBe('ini')
    expect(() => parseFormat('BASH', 'export')).toThrow(/is not one of bash, zsh, fish, pwsh, cmd, dotenv, json, ini/)
  })
})

describe('exitCodeFor', () => {
  it.each([
    ['UnknownRole', 3],
    ['ConfigProblem', 3],
    ['NoCredentials', 3],
    ['InvalidCredentialsConfig', 3],
    ['AccessDenied', 4],
    ['ExpiredToken', 4],
    ['MfaRequired', 4],
    ['ConnectionFailed', 5],
    ['Timeout', 5],
    ['Throttling', 5],
    ['MalformedResponse', 5],
    ['StorageFailed', 1],
    ['SomethingNew', 1]
  ])('%s exits %i', (code, exit) => {
    expect(exitCodeFor(code)).toBe(exit)
  })
})

describe('listCache', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-cache-'))
    dirs.push(dir)
    return dir
  }

  it('replays a listing until a source file changes, appears or goes', () => {
    const dir = tempDir()
    const source = join(dir, 'config')
    const other = join(dir, 'credentials')
    writeFileSync(source, '[profile a]\n')
    const listing = { stdout: 'NAME\na', warnings: ['w'] }
    listCache(dir, 'list', [source, other]).write(listing)
    expect(listCache(dir, 'list', [source, other]).read()).toEqual(listing)
    // Same size, same content length, only the times differ.
    writeFileSync(source, '[profile b]\n')
    utimesSync(source, new Date(0), new Date(0))
    expect(listCache(dir, 'list', [source, other]).read()).toBeUndefined()
    listCache(dir, 'list', [source, other]).write(listing)
    writeFileSync(other, '')
    expect(listCache(dir, 'list', [source, other]).read()).toBeUndefined()
    expect(listCache(dir, 'other', [source, other]).read()).toBeUndefined()
  })

  it('never fails the command when the cache cannot be written', () => {
    const file = join(tempDir(), 'not-a-folder')
    writeFileSync(file, '')
    expect(() => listCache(file, 'list', []).write({ stdout: '', warnings: [] })).not.toThrow()
  })
})

describe('settings snapshot', () => {
  it('reads what AppStore would use, and falls back to defaults for values of the wrong shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolecall-snapshot-'))
    try {
      const path = join(dir, 'settings.json')
      writeFileSync(
        path,
        JSON.stringify({ favourites: ['a', 'b'], recent: { a: 5 }, autoRefresh: { a: 'yes' }, credentialsProfiles: { a: 'dev' }, roles: [] })
      )
      const snapshot = readSettingsSnapshot(path)
      expect(snapshot.problem).toBeUndefined()
      expect(readRolePreferences((key) => snapshot.get(key))).toEqual({
        favourites: new Set(['a', 'b']),
        recent: { a: 5 },
        autoRefresh: {},
        credentialsProfiles: { a: 'dev' }
      })
      writeFileSync(path, '{ not json')
      expect(readSettingsSnapshot(path).problem).toMatch(/could not be read/)
      expect(readSettingsSnapshot(join(dir, 'missing.json')).problem).toBeUndefined()
      expect(() => readSettingsSnapshot(path).set('x', 1)).toThrow(/read-only/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
