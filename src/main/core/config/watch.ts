// Watches the shared config and credentials files for edits. Editors often replace a file rather than
// write it in place, so the folders are watched and events filtered by name, then debounced.
import { watch, type FSWatcher } from 'node:fs'
import { basename, dirname } from 'node:path'
import type { AwsFilePaths } from './aws-files'

export function watchAwsFiles(paths: AwsFilePaths, onChange: () => void, debounceMs = 150): () => void {
  const byDir = new Map<string, Set<string>>()
  for (const file of [paths.config, paths.credentials]) {
    const names = byDir.get(dirname(file)) ?? new Set()
    names.add(basename(file))
    byDir.set(dirname(file), names)
  }
  let timer: ReturnType<typeof setTimeout> | undefined
  const fire = () => {
    clearTimeout(timer)
    timer = setTimeout(onChange, debounceMs)
  }
  const watchers: FSWatcher[] = []
  for (const [dir, names] of byDir) {
    try {
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        if (!name || names.has(name.toString())) fire()
      })
      watcher.on('error', () => undefined)
      watchers.push(watcher)
    } catch {
      // A missing ~/.aws folder is normal; there is nothing to reload until the user creates it.
    }
  }
  return () => {
    clearTimeout(timer)
    for (const watcher of watchers) watcher.close()
  }
}
