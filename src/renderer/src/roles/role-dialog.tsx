// The Add role / Edit role form: checks the ARN locally, saves through main, and closes once saved.
import type { RoleView, Settings } from '../../../shared/views'
import { CodeField, Field } from '../ui/field'
import { FormDialog } from '../ui/form-dialog'
import { readRoleForm, roleFields } from './role-form'
import { useAction } from '../ui/use-action'

interface Props {
  /** The role being edited, or null to add a new one. */
  role: RoleView | null
  settings: Settings
  onClose(): void
}

export function RoleDialog({ role, settings, onClose }: Props) {
  const { run, pending, error, setError } = useAction()

  function submit(data: FormData) {
    const parsed = readRoleForm(data, role?.id)
    if (parsed.ok) void run(() => window.rolecall.saveRole(parsed.value), onClose)
    else setError(parsed.error)
  }

  return (
    <FormDialog
      title={role ? 'Edit role' : 'Add role'}
      fields={roleFields}
      error={error}
      pending={pending}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Field label="Display name" name="displayName" defaultValue={role?.displayName} autoComplete="off" />
      <CodeField label="Role ARN" name="roleArn" defaultValue={role?.roleArn} placeholder="arn:aws:iam::123456789012:role/Admin" />
      <CodeField label="Session name (optional)" name="sessionName" defaultValue={role?.sessionName} />
      <Field
        label="Duration in seconds (optional)"
        name="durationSeconds"
        defaultValue={role?.durationSeconds}
        placeholder={`Default ${settings.defaultDurationSeconds}`}
        inputMode="numeric"
        autoComplete="off"
      />
      <CodeField
        label="Region (optional)"
        name="region"
        defaultValue={role?.region}
        placeholder={settings.defaultRegion ? `Default ${settings.defaultRegion}` : 'e.g. eu-west-1'}
      />
      <CodeField label="External ID (optional)" name="externalId" defaultValue={role?.externalId} />
      <CodeField label="Source identity (optional)" name="sourceIdentity" defaultValue={role?.sourceIdentity} />
      <CodeField label="Session tags (optional)" name="sessionTags" defaultValue={role?.sessionTags} placeholder="Project=alpha, Team=ops" />
      <CodeField label="Transitive tag keys (optional)" name="transitiveTagKeys" defaultValue={role?.transitiveTagKeys} placeholder="Project" />
    </FormDialog>
  )
}
