// Stand-ins for Electron's own facilities (the machine's edge): a clipboard that behaves like the
// system one and can fail on demand, and a shell.openExternal that records instead of launching a browser.
import type { Clipboard, ExternalOpener, NotificationAction, Notifier } from '../../src/main/core/ports'

export interface MemoryClipboard extends Clipboard {
  text: string
  broken: boolean
}

export function memoryClipboard(): MemoryClipboard {
  return {
    text: '',
    broken: false,
    async readText() {
      if (this.broken) throw new Error('The clipboard is owned by another application')
      return this.text
    },
    async writeText(text: string) {
      if (this.broken) throw new Error('The clipboard is owned by another application')
      this.text = text
    }
  }
}

export interface RecordingOpener extends ExternalOpener {
  opened: string[]
}

export function recordingOpener(): RecordingOpener {
  return {
    opened: [],
    async openExternal(url: string) {
      this.opened.push(url)
    }
  }
}

export interface RecordingNotifier extends Notifier {
  shown: { title: string; body: string; actions: NotificationAction['id'][]; act(id: NotificationAction['id']): void }[]
}

/** Electron's Notification stand-in: records what was shown and lets a test press its buttons. */
export function recordingNotifier(): RecordingNotifier {
  const shown: RecordingNotifier['shown'] = []
  return {
    shown,
    notify({ title, body, actions = [] }, onAction) {
      shown.push({ title, body, actions: actions.map((a) => a.id), act: onAction })
    }
  }
}
