// Opens the AWS console without the sign-in URL on any command line. The URL (its SigninToken is console
// access for 15 minutes) goes into a page in a folder only this user can enter, and the browser opener is
// given the page's file URL: other users can read every process's arguments, but cannot open the page.
// The page is removed once the browser has read it (seen by its access time moving on), else after a
// timeout. Both the CLI's opener and the app's Electron opener go through here.
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ExternalOpener } from '../ports'
import { ensurePrivateDir } from '../files'
import { handoffPage } from './handoff-page'

const PAGE_NAME = /^signin-[0-9a-f]{32}\.html$/
// Where an unread page's access time is put, so any read moves it forward (relatime updates an access
// time that is older than the file's last change).
const UNREAD = new Date(0)

/** How long a page may stay. */
export interface PageTimings {
  /** The longest a page stays, read or not. */
  timeoutMs?: number
  /**
   * How long a page stays after the last read seen. An opener may sniff the file before the browser reads
   * it (xdg-open asks for its type), and a browser that is not running yet takes a while to start.
   */
  settleMs?: number
  /** The longest a page stays where reads cannot be seen (a file system mounted noatime). */
  blindMs?: number
  pollMs?: number
}

export interface HandoffOptions extends PageTimings {
  /** The folder for the pages, under Rolecall's data folder (handoffDir); made 0700. */
  dir: string
  /** The allow-list: only these URLs are handed off. */
  isAllowed(url: string): boolean
  /** Hands a page's file URL to the browser; resolves once the opener has taken it. */
  launch(fileUrl: string): Promise<void>
  /**
   * Passes the watch over an opened page to another process (the CLI's, so the command ends at once);
   * without it, this process watches the page until it goes.
   */
  handOver?(page: string, readsVisible: boolean): void
}

export interface HandoffOpener extends ExternalOpener {
  /** Resolves once every page this process watches is gone. */
  settled(): Promise<void>
  /** Removes every page in the folder at once, this run's and any an earlier run left behind. */
  clear(): void
}

export function handoffDir(dataDir: string): string {
  return join(dataDir, 'console-handoff')
}

/** Whether `path` names a handoff page in `dir`, and nothing else: what a page watcher may remove. */
export function isHandoffPage(path: string, dir: string): boolean {
  return dirname(path) === dir && PAGE_NAME.test(basename(path))
}

interface PageWatch {
  done: Promise<void>
  stop(): void
}

/** Watches a page until it has been read and left alone for settleMs, or its time is up, then removes it. */
export function watchPage(path: string, readsVisible: boolean, timings: PageTimings = {}): PageWatch {
  const { timeoutMs = 60_000, settleMs = 10_000, blindMs = 15_000, pollMs = 100 } = timings
  const started = Date.now()
  const limit = readsVisible ? timeoutMs : blindMs
  let lastRead: number | undefined
  let resolveDone = (): void => undefined
  const done = new Promise<void>((resolve) => (resolveDone = resolve))
  // Left referenced on purpose: a watching process stays until its page is gone.
  const timer = setInterval(() => {
    const now = Date.now()
    let read = readSinceArmed(path)
    if (read) {
      lastRead = now
      // Gone in between (clear() at quit): nothing left to watch.
      if (!tryArm(path)) read = undefined
    }
    if (read === undefined || now - started >= limit || (lastRead !== undefined && now - lastRead >= settleMs)) stop()
  }, pollMs)
  function stop(): void {
    clearInterval(timer)
    removePage(path)
    resolveDone()
  }
  return { done, stop }
}

export function handoffOpener(options: HandoffOptions): HandoffOpener {
  const { dir } = options
  const watches = new Map<string, PageWatch>()

  return {
    async openExternal(url) {
      if (!options.isAllowed(url)) throw new Error('Refused to open a URL that is not an AWS sign-in address.')
      ensurePrivateDir(dir)
      removePages(dir, (page) => Date.now() - statSync(page).mtimeMs > (options.timeoutMs ?? 60_000))
      const path = join(dir, `signin-${randomBytes(16).toString('hex')}.html`)
      // wx: a page is never written through something already at its name.
      writeFileSync(path, handoffPage(url), { mode: 0o600, flag: 'wx' })
      let readsVisible: boolean
      try {
        readsVisible = probeAccessTimes(path)
        await options.launch(pathToFileURL(path).href)
      } catch (error) {
        removePage(path)
        throw error
      }
      if (options.handOver) return options.handOver(path, readsVisible)
      const watch = watchPage(path, readsVisible, options)
      watches.set(path, watch)
      void watch.done.then(() => watches.delete(path))
    },
    async settled() {
      await Promise.all([...watches.values()].map((w) => w.done))
    },
    clear() {
      for (const w of [...watches.values()]) w.stop()
      removePages(dir, () => true)
    }
  }
}

/** Removes the handoff pages `which` picks; pages left by a process that ended before its own went. */
function removePages(dir: string, which: (page: string) => boolean): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names) {
    const page = join(dir, name)
    try {
      if (PAGE_NAME.test(name) && which(page)) removePage(page)
    } catch {
      // Gone meanwhile.
    }
  }
}

/** Never throws: it runs from timers, where an error would end the process. */
function removePage(path: string): void {
  try {
    rmSync(path, { force: true })
  } catch {
    // The folder is 0700 and the page 0600, ours; if it cannot go now, the sweep on the next open or start takes it.
  }
}

function arm(path: string): void {
  utimesSync(path, UNREAD, statSync(path).mtime)
}

function tryArm(path: string): boolean {
  try {
    arm(path)
    return true
  } catch {
    return false
  }
}

/** Whether the page was read since it was last armed; undefined once it is gone. */
function readSinceArmed(path: string): boolean | undefined {
  try {
    return statSync(path).atimeMs > UNREAD.getTime()
  } catch {
    return undefined
  }
}

/** Reads the page once to learn whether reads show in its access time here, and arms it. */
function probeAccessTimes(path: string): boolean {
  arm(path)
  readFileSync(path)
  const visible = readSinceArmed(path) === true
  arm(path)
  return visible
}
