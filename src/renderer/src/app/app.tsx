// The root: waits for main's first AppState, then shows the dashboard (or why the state could not be loaded).
import { Dashboard } from './dashboard'
import { ErrorAlert } from '../ui/error-alert'
import { Header } from './header'
import { useAppState } from './use-app-state'

export function App() {
  const loaded = useAppState()
  if (loaded.status === 'ready') return <Dashboard state={loaded.state} />
  return (
    <>
      <Header />
      <main className="app-main">
        {loaded.status === 'loading' ? (
          <p role="status" className="source">
            Loading…
          </p>
        ) : (
          <ErrorAlert error={loaded.error} />
        )}
      </main>
    </>
  )
}
