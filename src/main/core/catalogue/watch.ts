// Watches the shared config and credentials files for edits. Editors often replace a file rather than
// write it in place, so the folders are watched and events filtered by name, then debounced. A folder
// that does not exist yet (no ~/.aws before the first `aws configure`) is waited for from its nearest
// existing parent, and watched from the moment it appears.
import { existsSync, watch, type FSWatcher } from 'node:fs'
import { basename, dirname, join, relative, sep } from 'node:path'
import type { AwsFilePaths } from './aws-file-paths'

export function watchAwsFiles(paths: AwsFilePaths, onChange: () => void, debounceMs = 150): () => void {
  const byDir = new Map<string, Set<string>>()
  for (const file of [paths.config, paths.credentials]) {
    const names = byDir.get(dirname(file)) ?? new Set()
    names.add(basename(file))
    byDir.set(dirname(file), names)
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false
  const fire = () => {
    clearTimeout(timer)
    timer = setTimeout(onChange, debounceMs)
  }
  const watchers = new Map<string, FSWatcher>()

  const watchDir = (dir: string, names: Set<string>): void => {
    if (existsSync(dir)) {
      const watcher = tryWatch(dir, (name) => {
        if (!name || names.has(name)) fire()
      })
      if (watcher) return void watchers.set(dir, watcher)
    }
    // Wait for the folder from its nearest existing parent: once the next folder on the way appears, the
    // wait moves down to it (or the folder itself is watched), and whatever was written inside meanwhile
    // is read at once.
    const parent = nearestExisting(dir)
    if (!parent) return
    const next = relative(parent, dir).split(sep)[0]!
    const watcher = tryWatch(parent, (name) => {
      if (name !== next || stopped || !existsSync(join(parent, next))) return
      watchers.get(dir)?.close()
      watchers.delete(dir)
      watchDir(dir, names)
      fire()
    })
    if (watcher) watchers.set(dir, watcher)
  }

  for (const [dir, names] of byDir) watchDir(dir, names)
  return () => {
    stopped = true
    clearTimeout(timer)
    for (const watcher of watchers.values()) watcher.close()
    watchers.clear()
  }
}

function tryWatch(dir: string, onName: (name: string | undefined) => void): FSWatcher | undefined {
  try {
    const watcher = watch(dir, { persistent: false }, (_event, name) => onName(name?.toString()))
    watcher.on('error', () => undefined)
    return watcher
  } catch {
    // Gone between the check and the watch, or not ours to read: nothing to reload from there.
    return undefined
  }
}

function nearestExisting(dir: string): string | undefined {
  for (let at = dirname(dir); ; at = dirname(at)) {
    if (existsSync(at)) return at
    if (dirname(at) === at) return undefined
  }
}
