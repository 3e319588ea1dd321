// `rolecall console` as a real subprocess, with a stand-in browser opener first on PATH: while it runs,
// every process's arguments (/proc/*/cmdline, which any local user can read) are sampled, and none may
// hold the sign-in token or the federation URL. The browser only ever gets a handoff page's file URL; the
// command ends once the browser has it, and a detached watcher, whose arguments hold only the page's path,
// removes the page once it has been read.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { handoffDir } from '../../src/main/core/console/handoff'
import { HANDOFF_WATCH } from '../../src/main/cli/handoff-watch'
import type { World } from '../support/world'
import { startCliWorld } from './fixture'
import { runCli } from './run-cli'

let world: World
let env: Record<string, string>
let record: string
let bin: string

beforeAll(async () => {
  ;({ world, env } = await startCliWorld())
  const dir = mkdtempSync(join(tmpdir(), 'rolecall-browser-'))
  bin = join(dir, 'bin')
  record = join(dir, 'seen')
  mkdirSync(bin)
  // The machine's edge: a browser that reads the page it is given, as a browser would, and stays a moment.
  writeFileSync(
    join(bin, 'xdg-open'),
    [
      '#!/bin/sh',
      'page=$(printf %s "$1" | sed "s|^file://||")',
      '[ -n "$ROLECALL_TEST_NO_READ" ] && exit 0',
      '[ -n "$ROLECALL_TEST_NO_BROWSER" ] && exit 3',
      'stat -c %a "$page" > "$ROLECALL_TEST_RECORD.mode"',
      'stat -c %a "$(dirname "$page")" > "$ROLECALL_TEST_RECORD.dirmode"',
      'cat "$page" > "$ROLECALL_TEST_RECORD.page"',
      'sleep 0.5',
      ''
    ].join('\n')
  )
  chmodSync(join(bin, 'xdg-open'), 0o755)
})
afterAll(async () => world?.close())

/** Every argument of every process, sampled until `until` settles. */
async function argumentsWhile<T>(until: Promise<T>): Promise<{ result: T; args: Set<string> }> {
  const args = new Set<string>()
  let done = false
  const settled = until.finally(() => (done = true))
  while (!done) {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        for (const arg of readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')) if (arg) args.add(arg)
      } catch {
        // The process ended between the listing and the read.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return { result: await settled, args }
}

describe.runIf(process.platform === 'linux')('rolecall console opens the browser through a handoff page', () => {
  it('puts neither the sign-in token nor the federation URL in any process arguments, and leaves no page behind', async () => {
    const cliEnv = { ...env, PATH: `${bin}:${process.env.PATH ?? ''}`, ROLECALL_TEST_RECORD: record }
    const dir = handoffDir(env.ROLECALL_DATA_DIR!)
    const pageGone = async () => {
      const ran = await runCli(['console', 'admin'], cliEnv)
      // The command has ended; its watcher removes the page after the browser's read has settled.
      while (readdirSync(dir).length > 0) await new Promise((resolve) => setTimeout(resolve, 50))
      return ran
    }
    const { result, args } = await argumentsWhile(pageGone())
    expect(result.stderr).toMatch(/^rolecall: opened the AWS console as admin in your browser\.$/m)
    expect(result.code).toBe(0)
    // Other users' processes are sampled too; only this test's endpoint and token can be told apart.
    const federation = `${new URL(world.sts.url).host}/federation`
    expect([...args].filter((arg) => arg.includes(federation))).toEqual([])

    // What the browser read: a page that sends it on to the federation URL.
    const page = readFileSync(`${record}.page`, 'utf8')
    const href = /<meta http-equiv="refresh" content="0;url=([^"]+)">/.exec(page)?.[1]
    const url = new URL(href!.replaceAll('&amp;', '&'))
    const token = url.searchParams.get('SigninToken')!
    expect(url.origin).toBe(new URL(world.sts.url).origin)
    expect(token.length).toBeGreaterThan(10)
    expect(readFileSync(`${record}.mode`, 'utf8').trim()).toBe('600')
    expect(readFileSync(`${record}.dirmode`, 'utf8').trim()).toBe('700')

    // The sampling saw the opener, with a file URL and nothing else.
    const fileUrls = [...args].filter((arg) => arg.startsWith('file://') && arg.includes('console-handoff'))
    expect(fileUrls).toHaveLength(1)
    expect([...args].filter((arg) => arg.includes(token))).toEqual([])
    // And the watcher, with the page's path.
    expect(args).toContain(HANDOFF_WATCH)
    expect(args).toContain(fileURLToPath(fileUrls[0]!))

    expect(readdirSync(dir)).toEqual([])
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(existsSync(new URL(fileUrls[0]!))).toBe(false)
  }, 40_000)

  it('says so when the opener finds no browser, and leaves no page', async () => {
    const { code, stdout, stderr } = await runCli(['console', 'admin'], { ...env, PATH: `${bin}:${process.env.PATH ?? ''}`, ROLECALL_TEST_NO_BROWSER: '1' })
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' })
    expect(stderr).toMatch(/^rolecall: Could not open a browser \(OpenFailed\): xdg-open could not open the browser \(exit code 3\)\. Use --print to get the URL\.$/m)
    expect(readdirSync(handoffDir(env.ROLECALL_DATA_DIR!))).toEqual([])
  })

  it('--print still prints the URL, and writes no page', async () => {
    const { code, stdout } = await runCli(['console', 'admin', '--print'], { ...env, PATH: `${bin}:${process.env.PATH ?? ''}` })
    expect(code).toBe(0)
    expect(new URL(stdout.trim()).searchParams.get('SigninToken')).toBeTruthy()
    const dir = handoffDir(env.ROLECALL_DATA_DIR!)
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([])
  })

  it('says on stderr that a non-http AWS_ENDPOINT_URL_SIGNIN is ignored, and never opens or prints a URL of it', async () => {
    const { stdout, stderr } = await runCli(['console', 'admin', '--print'], { ...env, AWS_ENDPOINT_URL_SIGNIN: 'javascript:alert(1)' })
    expect(stderr).toMatch(/^rolecall: AWS_ENDPOINT_URL_SIGNIN is ignored: it is not an http\(s\) address/m)
    expect(stdout).not.toMatch(/javascript/)
  }, 30_000)
})
