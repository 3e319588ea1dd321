// The window's title bar: the app name and, once settings are loaded, the Settings button.
export function Header({ onSettings }: { onSettings?: () => void }) {
  return (
    <header className="app-header">
      <h1>Rolecall</h1>
      {onSettings && (
        <button type="button" onClick={onSettings}>
          Settings
        </button>
      )}
    </header>
  )
}
