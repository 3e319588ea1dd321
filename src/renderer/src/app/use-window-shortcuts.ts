// The window-wide ways into and out of the search box: main's request to focus it (the global shortcut, the tray's
// "All roles…"), and Escape hiding the window once there is no dialog to close and no search to clear.
import { useEffect, type RefObject } from 'react'
import { settle } from '../ui/result'

export function useWindowShortcuts(searchBox: RefObject<HTMLInputElement | null>): void {
  useEffect(
    () =>
      window.rolecall.onFocusSearch(() => {
        // Selected, so typing replaces the last search rather than adding to it.
        searchBox.current?.focus()
        searchBox.current?.select()
      }),
    [searchBox]
  )

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // defaultPrevented: someone handled this Escape already, e.g. the search box clearing itself.
      if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return
      // An open dialog gets its cancel event after this keydown, and closes; only that should happen.
      if (document.querySelector('dialog[open]')) return
      // Text left in the search box (focus elsewhere) is the user's; keep the window so it stays visible.
      if (searchBox.current?.value) return
      // Nothing useful to show if hiding fails; the window simply stays, so the result is not needed.
      void settle(() => window.rolecall.hideWindow())
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [searchBox])
}
