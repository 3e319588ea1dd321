// The root: waits for main's first AppState, then shows the dashboard (or why the state could not be loaded).
import { Dashboard } from './Dashboard'
import { ErrorAlert } from './ErrorAlert'
import { Header } from './Header'
import { useAppState } from './useAppState'

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
