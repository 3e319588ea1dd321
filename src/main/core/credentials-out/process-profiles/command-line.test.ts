// The credential_process value held against the programs that read it: the JS SDK's INI reader and
// /bin/sh (child_process.exec, as fromProcess runs it), and Debian's botocore (its config reader, shlex
// on POSIX, _windows_shell_split on Windows). cmd.exe is not on this machine: its rules are checked by
// a model of what it does to a line (see cmdExeSafe), and the refusals it forces are checked one by one.
import { exec } from 'node:child_process'
import { promisify } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { botocoreParse, botocoreSplit, sdkParse } from '../../../../../test/support/ini-parsers'
import { hasControlCharacter } from '../../../../shared/plain-text'
import { CommandLineError, credentialProcessValue, quoteArg, type CommandFamily } from './command-line'

const KEY = 'profile.team_40corp.x-y__z'
const HOSTILE = [..."'\"`$()\\;#&|<>^%!*?~=[]{}, \t\u00a0é管🙂"]

/** Strings heavy in characters shells and splitters care about, and any Unicode at all. */
const argument = fc
  .oneof(fc.string({ unit: fc.constantFrom(...HOSTILE, 'a', '/', '.'), maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 24 }))
  .filter((s) => !hasControlCharacter(s))

/** Path-like strings for Windows, where most hostile characters are refused and the rest must survive. */
const windowsArgument = fc.string({ unit: fc.constantFrom(...HOSTILE, 'C', ':', '\\', 'a', '.', ' ', '(', ')', '&'), maxLength: 24 })

function samples<T>(arb: fc.Arbitrary<T>, seed: number): T[] {
  return fc.sample(arb, { numRuns: 150, seed })
}

/** The values as the SDK's INI reader and botocore's config reader get them back from a config file. */
async function readBack(values: string[]): Promise<{ sdk: (string | undefined)[]; botocore: (string | undefined)[] }> {
  const text = values.map((v, i) => `[profile p${i}]\ncredential_process = ${v}\n`).join('')
  const sdk = (await sdkParse(text, 'config')) as Record<string, Record<string, string> | undefined>
  const [read] = botocoreParse([text])
  if (!read || 'error' in read) throw new Error(`botocore could not read the file: ${read?.error}`)
  const sections = read.sections as Record<string, Record<string, string> | undefined>
  return {
    sdk: values.map((_, i) => sdk[`p${i}`]?.credential_process),
    botocore: values.map((_, i) => sections[`profile p${i}`]?.credential_process)
  }
}

/**
 * What cmd.exe /d /s /c "LINE" (child_process.exec on Windows) would do to LINE beyond handing it on:
 * expand %NAME% (anywhere) or !NAME! (with delayed expansion), or act on & | < > ^ ( ) outside
 * double quotes. A line it leaves alone reaches the program as it is, for the C runtime to split.
 */
function cmdExeSafe(line: string): boolean {
  if (/[%!]/.test(line)) return false
  let quoted = false
  for (const char of line) {
    if (char === '"') quoted = !quoted
    else if (!quoted && !/[A-Za-z0-9_.:\\/ -]/.test(char)) return false
  }
  return !quoted
}

describe('credential_process values, read by the JS SDK, /bin/sh and botocore', () => {
  it('reach every POSIX reader as the same arguments, whatever the command path holds', async () => {
    const args = samples(argument, 11)
    const values = args.map((arg) => credentialProcessValue(['printf', '%s\\0', arg], KEY, 'posix'))
    const { sdk, botocore } = await readBack(values)
    const split = botocoreSplit([...new Set(values)], 'posix')
    const byValue = new Map([...new Set(values)].map((v, i) => [v, split[i]]))
    for (const [i, arg] of args.entries()) {
      const context = { arg, value: values[i] }
      expect({ ...context, sdk: sdk[i], botocore: botocore[i] }).toEqual({ ...context, sdk: values[i], botocore: values[i] })
      expect({ ...context, shlex: byValue.get(values[i]!) }).toEqual({ ...context, shlex: ['printf', '%s\\0', arg, 'credential-process', KEY] })
      // fromProcess runs the value with child_process.exec, i.e. /bin/sh -c VALUE.
      const { stdout } = await promisify(exec)(values[i]!, { encoding: 'buffer' })
      expect({ ...context, sh: stdout.toString('utf8') }).toEqual({ ...context, sh: `${arg}\0credential-process\0${KEY}\0` })
    }
  }, 60_000)

  it('reach botocore on Windows as the same arguments, pass cmd.exe untouched, or are refused for a stated reason', async () => {
    const args = samples(windowsArgument, 12)
    const written: { arg: string; value: string }[] = []
    for (const arg of args) {
      try {
        written.push({ arg, value: credentialProcessValue([arg, 'x y'], KEY, 'windows') })
      } catch (error) {
        expect(error).toBeInstanceOf(CommandLineError)
        // Refused only for what the readers cannot take.
        expect({ arg, refusable: /[%!"]|[^\x20-\x7e]|\\$|\s[#;]/.test(arg) }).toEqual({ arg, refusable: true })
      }
    }
    expect(written.length).toBeGreaterThan(args.length / 4)
    const values = written.map((w) => w.value)
    const { sdk } = await readBack(values)
    const split = botocoreSplit(values, 'windows')
    for (const [i, { arg, value }] of written.entries()) {
      expect({ arg, value, sdk: sdk[i], split: split[i], cmd: cmdExeSafe(value) }).toEqual({
        arg,
        value,
        sdk: value,
        split: [arg, 'x y', 'credential-process', KEY],
        cmd: true
      })
    }
  })
})

describe('credentialProcessValue', () => {
  it('leaves plain commands as they are and quotes a path with spaces for each platform', () => {
    expect(credentialProcessValue(['rolecall'], 'app.1', 'posix')).toBe('rolecall credential-process app.1')
    expect(credentialProcessValue(['/home/me/My Apps/rolecall'], 'app.1', 'posix')).toBe("'/home/me/My Apps/rolecall' credential-process app.1")
    expect(credentialProcessValue(['C:\\Program Files\\Rolecall\\rolecall.exe'], 'app.1', 'windows')).toBe(
      '"C:\\Program Files\\Rolecall\\rolecall.exe" credential-process app.1'
    )
    expect(credentialProcessValue(['C:\\Rolecall\\rolecall.exe'], 'app.1', 'windows')).toBe('C:\\Rolecall\\rolecall.exe credential-process app.1')
  })

  it("keeps a space followed by # or ; from reading as the SDK's comment", () => {
    expect(credentialProcessValue(["/opt/it's #1 ;x/rolecall"], 'app.1', 'posix')).toBe(`'/opt/it'\\''s ''#1 '';x/rolecall' credential-process app.1`)
  })

  it.each<[CommandFamily, string, RegExp]>([
    ['posix', '/opt/a\nb/rolecall', /control character/],
    ['windows', 'C:\\a\r\nb\\rolecall.exe', /control character/],
    ['posix', '/opt/\u202erolecall', /control character/],
    ['windows', 'C:\\100%\\rolecall.exe', /cmd\.exe.*gives %/],
    ['windows', 'C:\\Hi!\\rolecall.exe', /gives !/],
    ['windows', 'C:\\a"b\\rolecall.exe', /gives "/],
    ['windows', 'C:\\My Apps\\', /ends with a backslash/],
    ['windows', 'C:\\Users\\José\\rolecall.exe', /outside ASCII.*code page/],
    ['windows', 'C:\\My #1\\rolecall.exe', /starts a comment/]
  ])('refuses on %s a command path it cannot write safely: %j', (family, path, reason) => {
    expect(() => credentialProcessValue([path], 'app.1', family)).toThrow(CommandLineError)
    expect(() => credentialProcessValue([path], 'app.1', family)).toThrow(reason)
  })

  it('takes only a key for the role', () => {
    expect(() => credentialProcessValue(['rolecall'], 'Prod admin', 'posix')).toThrow(/not a role key/)
    expect(() => credentialProcessValue([], 'app.1', 'posix')).toThrow(/empty/)
  })

  it('quotes the empty argument so that it stays one', () => {
    expect(quoteArg('', 'posix')).toBe("''")
    expect(quoteArg('', 'windows')).toBe('""')
  })
})

describe('the cmd.exe model these tests use', () => {
  // No cmd.exe here: the model's own rules, checked against what Microsoft documents for cmd /s /c.
  it.each([
    ['"C:\\Program Files\\x.exe" a', true],
    ['"C:\\a & b\\x.exe" a', true],
    ['C:\\a&b\\x.exe a', false],
    ['"C:\\100%\\x.exe"', false],
    ['"C:\\a\\x.exe', false],
    ['C:\\a^b\\x.exe', false]
  ])('%j is safe: %s', (line, safe) => {
    expect(cmdExeSafe(line)).toBe(safe)
  })
})
