// Packaging for the _electron specs (npm run package:e2e): the release configuration with the one fuse
// Playwright needs, the --inspect arguments, left on. See electron-builder.config.ts.
import { packagingConfig } from './electron-builder.config'

export default packagingConfig('e2e')
