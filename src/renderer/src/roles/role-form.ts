// Turns the add/edit role form into a saveRole request, checking the ARN, the session tags and the
// names' characters before it leaves the window.
import { parseRoleArn } from '../../../shared/arn'
import { controlCharacterMessage, hasControlCharacter } from '../../../shared/plain-text'
import type { Result } from '../../../shared/result'
import { parseSessionTags } from '../../../shared/session-tags'
import type { RequestOf } from '../../../shared/contract'
import { parseForm, rejectField, secondsOf, textOf } from '../ui/form-values'

type RoleRequest = RequestOf<'roles:save'>

export const roleFields = [
  'displayName',
  'roleArn',
  'sessionName',
  'durationSeconds',
  'region',
  'externalId',
  'sourceIdentity',
  'sessionTags',
  'transitiveTagKeys'
] as const

// The names main refuses control characters in, with the same words, said before the request leaves.
const NAMES = { displayName: 'A display name', sessionName: 'A session name', sourceIdentity: 'A source identity' } as const

export function readRoleForm(data: FormData, id: string | undefined): Result<RoleRequest> {
  return parseForm(() => {
    for (const [name, what] of Object.entries(NAMES)) {
      if (hasControlCharacter(textOf(data, name))) rejectField(name, controlCharacterMessage(what))
    }
    const arn = parseRoleArn(textOf(data, 'roleArn'))
    if (!arn.ok) rejectField('roleArn', arn.error)
    const request: RoleRequest = { displayName: textOf(data, 'displayName'), roleArn: arn.value.arn }
    if (id !== undefined) request.id = id
    const durationSeconds = secondsOf(data, 'durationSeconds')
    if (durationSeconds !== undefined) request.durationSeconds = durationSeconds
    // Blank optional fields are left out rather than sent empty, so main applies its defaults.
    for (const name of ['sessionName', 'region', 'externalId', 'sourceIdentity', 'sessionTags', 'transitiveTagKeys'] as const) {
      const value = textOf(data, name)
      if (value !== '') request[name] = value
    }
    const tags = parseSessionTags(request.sessionTags ?? '', request.transitiveTagKeys ?? '')
    if (!tags.ok) rejectField(tags.field, tags.error)
    return request
  })
}
