// More ways to hand a session's credentials out: copy in any format, open a chosen console service in
// a chosen region, and keep the session in a credentials-file profile. Main does each of them.
import { useId, useState } from 'react'
import { consoleServices } from '../../../shared/console-services'
import { exportFormats, type ExportFormat } from '../../../shared/export-formats'
import type { RoleView } from '../../../shared/views'
import { ErrorAlert } from '../ui/error-alert'
import { Modal } from '../ui/modal'
import { useAction } from '../ui/use-action'

interface Props {
  role: RoleView
  onClose(): void
}

export function SessionTools({ role, onClose }: Props) {
  const { run, pending, error } = useAction()
  const [done, setDone] = useState<string | null>(null)
  const [format, setFormat] = useState<ExportFormat>('bash')
  const [service, setService] = useState('')
  const [region, setRegion] = useState('')
  const [profile, setProfile] = useState(role.credentialsProfile ?? '')
  const ids = { format: useId(), service: useId(), services: useId(), region: useId(), profile: useId() }
  const roleId = role.id
  // The picker offers common services by name; typing any other console path also works.
  const destination = consoleServices.find((s) => s.name.toLowerCase() === service.trim().toLowerCase())?.id ?? service.trim()

  return (
    <Modal title={`More for ${role.displayName}`} onClose={onClose}>
      <section aria-label="Copy export as">
        <div className="field">
          <label htmlFor={ids.format}>Format</label>
          <select id={ids.format} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            {exportFormats.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            void run(
              () => window.rolecall.copyExport({ roleId, format }),
              ({ clearsInSeconds }) => setDone(`Copied ${format} export. Clipboard clears in ${clearsInSeconds} s.`)
            )
          }
        >
          Copy {format} export
        </button>
      </section>
      <section aria-label="Open the console at">
        <div className="field">
          <label htmlFor={ids.service}>Console service</label>
          <input
            id={ids.service}
            list={ids.services}
            value={service}
            placeholder="Console home"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setService(e.target.value)}
          />
          <datalist id={ids.services}>
            {consoleServices.map((s) => (
              <option key={s.id} value={s.name} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor={ids.region}>Console region (optional)</label>
          <input id={ids.region} value={region} placeholder={role.region ?? 'The session’s region'} autoComplete="off" onChange={(e) => setRegion(e.target.value)} />
        </div>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            void run(
              () =>
                window.rolecall.openConsole({
                  roleId,
                  ...(destination ? { destination } : {}),
                  ...(region.trim() ? { region: region.trim() } : {})
                }),
              () => setDone('Opened the console in your browser.')
            )
          }
        >
          Open console
        </button>
      </section>
      <section aria-label="Credentials file">
        <div className="field">
          <label htmlFor={ids.profile}>Credentials file profile</label>
          <input id={ids.profile} value={profile} placeholder="e.g. dev" autoComplete="off" spellCheck={false} onChange={(e) => setProfile(e.target.value)} />
        </div>
        <div className="dialog-actions">
          <button
            type="button"
            disabled={pending || !profile.trim()}
            onClick={() =>
              void run(
                () => window.rolecall.setCredentialsProfile({ roleId, profile: profile.trim() }),
                () => setDone(`This role's sessions are written to profile [${profile.trim()}].`)
              )
            }
          >
            Write sessions to this profile
          </button>
          {role.credentialsProfile && (
            <button
              type="button"
              disabled={pending}
              onClick={() =>
                void run(
                  () => window.rolecall.setCredentialsProfile({ roleId, profile: null }),
                  () => setDone('Stopped writing this role to the credentials file.')
                )
              }
            >
              Stop writing
            </button>
          )}
        </div>
      </section>
      {done && <p role="status">{done}</p>}
      {error && <ErrorAlert error={error} />}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  )
}
