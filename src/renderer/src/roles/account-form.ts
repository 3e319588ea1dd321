// Turns the account dialog into an updateAccount request holding only what changed; null clears a stored value.
import type { RequestOf } from '../../../shared/contract'
import type { AccountView } from '../../../shared/views'

type AccountRequest = RequestOf<'accounts:update'>

/** The request to send, or null when neither the alias nor the colour changed. */
export function accountUpdate(
  accountId: string,
  current: AccountView | undefined,
  alias: string,
  colour: string | null
): AccountRequest | null {
  const request: AccountRequest = { accountId }
  const nextAlias = alias.trim() || null
  if (nextAlias !== (current?.alias ?? null)) request.alias = nextAlias
  if (colour !== (current?.colour ?? null)) request.colour = colour
  return request.alias !== undefined || request.colour !== undefined ? request : null
}
