// What Rolecall tells the user outside any one role (a taken shortcut, settings that cannot be saved, a file
// it would not touch): one notice per id, replaced when the same id is said again, gone when taken back.
import type { Notice } from '../../shared/views'

export class Notices {
  private readonly notices: Notice[]

  constructor(
    initial: readonly Notice[],
    private readonly onChange: () => void
  ) {
    this.notices = [...initial]
  }

  list(): Notice[] {
    return [...this.notices]
  }

  add(notice: Notice): void {
    const existing = this.notices.findIndex((n) => n.id === notice.id)
    if (existing === -1) this.notices.push(notice)
    else this.notices[existing] = notice
    this.onChange()
  }

  remove(id: string): void {
    const index = this.notices.findIndex((n) => n.id === id)
    if (index === -1) return
    this.notices.splice(index, 1)
    this.onChange()
  }
}
