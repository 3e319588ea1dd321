// The real readers of what Rolecall writes into the shared AWS files, for tests that hold its writers against
// them: the AWS SDK for JavaScript's loader (@smithy/shared-ini-file-loader, the package itself) and botocore,
// as the AWS CLI reads the files (raw_config_parse) and splits a credential_process value into arguments
// (compat_shell_split), run by Debian's python3-botocore. botocore runs once per batch, as a Python process
// is slow to start; without it these tests fail rather than skip.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { externalDataInterceptor, loadSharedConfigFiles } from '@smithy/shared-ini-file-loader'

export type Parsed = Record<string, unknown>

let fileCount = 0

/** The SDK loader's sections for `text` read as the credentials file, or as the config file. */
export async function sdkParse(text: string, as: 'credentials' | 'config'): Promise<Parsed> {
  const path = `rolecall-test:ini-${fileCount++}`
  const empty = `${path}-empty`
  externalDataInterceptor.interceptFile(path, text)
  externalDataInterceptor.interceptFile(empty, '')
  try {
    const files = await loadSharedConfigFiles(as === 'credentials' ? { filepath: path, configFilepath: empty } : { filepath: empty, configFilepath: path })
    return as === 'credentials' ? files.credentialsFile : files.configFile
  } finally {
    delete externalDataInterceptor.getFileRecord()[path]
    delete externalDataInterceptor.getFileRecord()[empty]
  }
}

/** What botocore reads: every section (with [DEFAULT]'s keys merged in, as configparser does), or the error class. */
export type BotocoreResult = { sections: Record<string, Parsed>; defaults: Parsed } | { error: string }

const SCRIPT = `
import configparser, json, sys
from botocore.configloader import raw_config_parse
out = []
for path in json.load(sys.stdin):
    try:
        sections = raw_config_parse(path)
        parser = configparser.RawConfigParser()
        parser.read([path])
        out.append({"sections": sections, "defaults": dict(parser.defaults())})
    except Exception as error:
        out.append({"error": type(error).__name__})
print(json.dumps(out))
`

/** Debian's Python (with python3-botocore from apt) when there is one, as in CI; else the python3 on PATH. */
export const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'

export function botocoreParse(texts: readonly string[]): BotocoreResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'rolecall-botocore-'))
  try {
    const paths = texts.map((text, i) => {
      const path = join(dir, `f${i}`)
      writeFileSync(path, text)
      return path
    })
    const stdout = execFileSync(PYTHON, ['-c', SCRIPT], {
      input: JSON.stringify(paths),
      env: { ...process.env, PYTHONUTF8: '1' },
      maxBuffer: 512 * 1024 * 1024
    })
    return JSON.parse(stdout.toString('utf8')) as BotocoreResult[]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const SPLIT_SCRIPT = `
import json, sys
from botocore import compat
request = json.load(sys.stdin)
print(json.dumps([compat.compat_shell_split(line, request["platform"]) for line in request["lines"]]))
`

/** How botocore, and so the AWS CLI, splits credential_process values: shlex on POSIX, its own rules on Windows. */
export function botocoreSplit(lines: readonly string[], platform: 'posix' | 'windows'): string[][] {
  const stdout = execFileSync(PYTHON, ['-c', SPLIT_SCRIPT], {
    input: JSON.stringify({ lines, platform: platform === 'windows' ? 'win32' : 'linux' }),
    env: { ...process.env, PYTHONUTF8: '1' },
    maxBuffer: 64 * 1024 * 1024
  })
  return JSON.parse(stdout.toString('utf8')) as string[][]
}
