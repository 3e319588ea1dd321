// A header row in the roles list: Favourites, Recent, or an account with its colour and its settings button.
import { Icon } from '../ui/icon'

interface Props {
  label: string
  /** Only account groups have an account, and so a colour and settings. */
  account?: { id: string; colour: string }
  onAccountSettings(accountId: string): void
}

export function GroupHeader({ label, account, onAccountSettings }: Props) {
  return (
    <div className="role-group">
      {account && <span className="swatch" style={{ background: account.colour }} aria-hidden="true" />}
      <span className="role-group-label">{label}</span>
      {account && (
        <button
          type="button"
          className="icon-button"
          aria-label={`Configure account ${account.id}`}
          title="Account alias and colour"
          onClick={() => onAccountSettings(account.id)}
        >
          <Icon name="settings" />
        </button>
      )}
    </div>
  )
}
