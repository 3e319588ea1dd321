// Renderer entry: asks main for the state straight away, then loads the app, which is a chunk of its own (React DOM and
// the components), so main's reply comes back while that chunk downloads and compiles rather than after, and meanwhile
// has a worker load the locale data the first render needs. The stylesheet is a file, as the CSP forbids inline styles.
import { requestAppState } from './appState'
import { warmLocale } from './warmLocale'
import './styles.css'

requestAppState()
void import('./mount')
warmLocale()
