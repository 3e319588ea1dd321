// Ends a browser started for a bench and removes its throwaway profile without ever failing the run:
// Chromium's helper processes (renderers, the GPU and network services, the zygote) can still be writing
// to the profile after the browser process itself has exited, which made a plain removal throw ENOTEMPTY
// about one run in two and lost every figure of the run.
import type { ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'

/** Whether any process of the group led by `pid` is still alive. */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Stops the child and every process in its group (the child must have been spawned `detached`, so it
 * leads a group of its own), waiting until none is left: SIGTERM first, SIGKILL after `graceMs`.
 */
export async function stopProcessGroup(child: ChildProcess, graceMs = 3000): Promise<void> {
  const pid = child.pid
  if (pid === undefined) return
  const exited = child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()))
  if (process.platform === 'win32') {
    child.kill()
    await exited
    return
  }
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name)
    } catch {
      // The group is already gone.
    }
  }
  signal('SIGTERM')
  for (const deadline = Date.now() + graceMs; groupAlive(pid) && Date.now() < deadline; ) await sleep(25)
  if (groupAlive(pid)) signal('SIGKILL')
  while (groupAlive(pid)) await sleep(25)
  await exited
}

/** Removes `dir`, retrying while stragglers finish; at worst leaves it behind with a warning. Never throws. */
export async function removeLeftover(dir: string, warn: (message: string) => void = console.warn, remove = rm): Promise<boolean> {
  try {
    await remove(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
    return true
  } catch (error) {
    warn(`bench: left ${dir} behind (${(error as Error).message}); remove it by hand.`)
    return false
  }
}
