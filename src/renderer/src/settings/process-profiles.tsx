// Settings' credential_process section: one click adds a profile per role to ~/.aws/config (in a
// managed block), one click takes them all out again; main does the writing.
import { useState } from 'react'
import { ErrorAlert } from '../ui/error-alert'
import { useAction } from '../ui/use-action'

export function ProcessProfiles() {
  const { run, pending, error } = useAction()
  const [done, setDone] = useState<string | null>(null)

  function set(enabled: boolean) {
    void run(
      () => window.rolecall.setProcessProfiles({ enabled }),
      ({ configFile, profiles }) =>
        setDone(enabled ? `Added ${profiles} credential_process profiles to ${configFile}.` : `Removed Rolecall's profiles from ${configFile}.`)
    )
  }

  return (
    <fieldset className="process-profiles">
      <legend>credential_process profiles</legend>
      <p className="hint">Lets any AWS tool use your roles as rolecall-NAME profiles, served by the rolecall command.</p>
      <div className="dialog-actions">
        <button type="button" disabled={pending} onClick={() => set(true)}>
          Add credential_process profiles for my roles
        </button>
        <button type="button" disabled={pending} onClick={() => set(false)}>
          Remove them
        </button>
      </div>
      {done && <p role="status">{done}</p>}
      {error && <ErrorAlert error={error} />}
    </fieldset>
  )
}
