// Renderer entry: asks main for the state straight away, then loads the app, which is a chunk of its own (React DOM and
// the components), so main's reply comes back while that chunk downloads and compiles rather than after. The
// stylesheets are bundled into one file, as the CSP forbids inline styles.
import { requestAppState } from './app/app-state'
import { prepareLocale } from './ui/locale'
// Vite concatenates these into that one file in this order, the order of the single stylesheet they were split from
// as far as a split by feature allows: the rules that moved relative to each other (the shared badge, the sessions'
// identity notes, the dialog rules of roles and MFA) never style the same element at equal specificity.
import './ui/base.css'
import './ui/controls.css'
import './app/app.css'
import './ui/messages.css'
import './ui/lists.css'
import './sessions/sessions.css'
import './roles/roles.css'
import './ui/dialogs.css'
import './mfa/mfa.css'

requestAppState()
void import('./app/mount')
// Until that chunk arrives the main thread is mostly idle: time to load what the first render needs of the locale.
// A task of its own, as the chunk's request only goes out once this script has finished.
setTimeout(prepareLocale)
