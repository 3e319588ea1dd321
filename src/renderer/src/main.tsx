// Renderer entry: asks main for the state straight away, then loads the app, which is a chunk of its own (React DOM and
// the components), so main's reply comes back while that chunk downloads and compiles rather than after. The
// stylesheet is a file, as the CSP forbids inline styles.
import { requestAppState } from './app/app-state'
import { prepareLocale } from './ui/locale'
import './styles.css'

requestAppState()
void import('./app/mount')
// Until that chunk arrives the main thread is mostly idle: time to load what the first render needs of the locale.
// A task of its own, as the chunk's request only goes out once this script has finished.
setTimeout(prepareLocale)
