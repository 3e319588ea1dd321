// Desktop notifications through Electron. Action buttons show where the platform supports them
// (macOS); elsewhere a click on the notification opens the window.
import { Notification } from 'electron'
import type { Notifier } from '../core/ports'

export function electronNotifier(showWindow: () => void): Notifier {
  return {
    notify({ title, body, actions = [] }, onAction) {
      if (!Notification.isSupported()) return
      const notification = new Notification({
        title,
        body,
        actions: actions.map((a) => ({ type: 'button' as const, text: a.label }))
      })
      notification.on('action', (_event, index) => {
        const action = actions[index]
        if (action?.id === 'show') showWindow()
        else if (action) onAction(action.id)
      })
      notification.on('click', showWindow)
      notification.show()
    }
  }
}
