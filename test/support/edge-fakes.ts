// Stand-ins for Electron's own facilities (the machine's edge): a clipboard that behaves like the
// system one and can fail on demand, and a shell.openExternal that records instead of launching a browser.
import type { Clipboard, ExternalOpener } from '../../src/main/core/ports'

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
