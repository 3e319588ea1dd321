// Debian's botocore (python3-botocore), asked through /usr/bin/python3: how it reads a config file and
// how it splits a credential_process value into arguments, on POSIX (shlex) and on Windows.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const PYTHON = '/usr/bin/python3'

export const hasBotocore = existsSync(PYTHON) && (() => {
  try {
    execFileSync(PYTHON, ['-c', 'import botocore'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const SCRIPT = `
import json, sys
from botocore import compat, configloader
request = json.load(sys.stdin)
out = {}
if 'configFile' in request:
    out['config'] = configloader.raw_config_parse(request['configFile'])
out['posix'] = [compat.compat_shell_split(line, 'linux') for line in request.get('posix', [])]
out['windows'] = [compat.compat_shell_split(line, 'win32') for line in request.get('windows', [])]
json.dump(out, sys.stdout)
`

export interface BotocoreAnswer {
  /** Section name → key → value, as botocore's raw_config_parse reads the file. */
  config?: Record<string, Record<string, string>>
  posix: string[][]
  windows: string[][]
}

/** One python3 run for a whole batch, so property tests stay quick. */
export function askBotocore(request: { configFile?: string; posix?: string[]; windows?: string[] }): BotocoreAnswer {
  const output = execFileSync(PYTHON, ['-c', SCRIPT], { input: JSON.stringify(request), encoding: 'utf8', env: { LANG: 'C.UTF-8', PATH: '/usr/bin:/bin' } })
  return JSON.parse(output) as BotocoreAnswer
}
