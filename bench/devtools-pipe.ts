// Chromium driven over the DevTools protocol on a pipe (as Playwright drives it), with no domain enabled but those a
// caller asks for. Playwright enables the Runtime domain in every page, and while it is on V8 gives every Error a
// detailed, source-positioned stack trace: React DOM creates five Errors as it loads, so V8 parses the whole app chunk
// a second time (~15 ms of each load here), a cost no window pays without a debugger attached.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { removeLeftover, stopProcessGroup } from './browser-cleanup'

type Params = Record<string, unknown>

export interface DevTools {
  /** A command to the browser, or to a page through the session that Target.attachToTarget returned. */
  send<T = Params>(method: string, params?: Params, sessionId?: string): Promise<T>
  close(): Promise<void>
}

/** A reply to a command; events (no id) are not listened to. */
interface Message {
  id?: number
  result?: Params
  error?: { message: string }
}

export function launchChromium(executablePath: string, args: string[]): DevTools {
  const profile = mkdtempSync(join(tmpdir(), 'rolecall-bench-'))
  const child = spawn(executablePath, ['--headless', '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...args, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    // A process group of its own, so closing can wait for every helper process, not just the browser.
    detached: true
  })
  const toChromium = child.stdio[3] as Writable
  const fromChromium = child.stdio[4] as Readable
  const replies = new Map<number, { resolve(result: Params): void; reject(error: Error): void }>()
  let lastId = 0
  let pending = ''

  // Each message is a JSON text ended by a NUL byte.
  fromChromium.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\0')
    pending = parts.pop() ?? ''
    for (const part of parts) {
      const message = JSON.parse(part) as Message
      const reply = message.id === undefined ? undefined : replies.get(message.id)
      if (!reply) continue
      replies.delete(message.id!)
      if (message.error) reply.reject(new Error(message.error.message))
      else reply.resolve(message.result ?? {})
    }
  })

  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      for (const reply of replies.values()) reply.reject(new Error('Chromium exited'))
      replies.clear()
      resolve()
    })
  )

  return {
    send: <T>(method: string, params: Params = {}, sessionId?: string) =>
      new Promise<T>((resolve, reject) => {
        const id = ++lastId
        replies.set(id, { resolve: resolve as (result: Params) => void, reject })
        toChromium.write(`${JSON.stringify({ id, method, params, sessionId })}\0`)
      }),
    async close() {
      await stopProcessGroup(child)
      await exited
      await removeLeftover(profile)
    }
  }
}
