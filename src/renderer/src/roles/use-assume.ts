// Assumes a role for its row's button or the search box's Enter, and asks for an MFA code when main says one is needed.
// Held above the virtualized list, so an attempt and its outcome outlive the row scrolling out of view.
import { useRef, useState } from 'react'
import type { AppState, RoleView } from '../../../shared/views'
import { settle } from '../ui/result'

export interface Assume {
  assume(role: RoleView): void
  /**
   * Per role: busy from the click until main answers, and a failure main may never have recorded (a broken bridge).
   * Main's own activity covers the rest; a request for an MFA code is left to the dialog instead.
   */
  local: AppState['activity']
}

export function useAssume(onNeedsMfaCode: (role: RoleView) => void): Assume {
  const [local, setLocal] = useState<AppState['activity']>({})
  // A ref, not the state, so a double click inside one render cannot start the same role twice.
  const running = useRef(new Set<string>())

  function assume(role: RoleView) {
    if (running.current.has(role.id)) return
    running.current.add(role.id)
    setLocal((previous) => ({ ...previous, [role.id]: { busy: true } }))
    void settle(() => window.rolecall.assumeRole({ roleId: role.id })).then((result) => {
      running.current.delete(role.id)
      const needsMfaCode = !result.ok && result.error.needsMfaCode === true
      const error = result.ok || needsMfaCode ? undefined : result.error
      setLocal((previous) => ({ ...previous, [role.id]: { busy: false, error } }))
      if (needsMfaCode) onNeedsMfaCode(role)
    })
  }

  return { assume, local }
}
