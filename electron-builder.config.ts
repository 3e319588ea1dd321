// Packaging (electron-builder): what goes into app.asar, and the Electron fuses flipped in the packaged
// binary. Release builds (npm run package) shut every door a local process could use to run its own code
// inside Rolecall; the e2e build (npm run package:e2e, electron-builder.e2e.config.ts) differs only in
// keeping the --inspect arguments that Playwright's _electron attaches through. Packaging downloads the
// Electron release it wraps, so it runs where that can be fetched (CI), not on an offline machine.
import { join } from 'node:path'
import type { Configuration } from 'electron-builder'

export type Variant = 'release' | 'e2e'

const PRODUCT = 'Rolecall'
const EXECUTABLE = 'rolecall'

export function electronFuses(variant: Variant): NonNullable<Configuration['electronFuses']> {
  return {
    // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node for any script.
    runAsNode: false,
    // NODE_OPTIONS (--require, --import) and NODE_EXTRA_CA_CERTS would inject code or trust.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect and SIGUSR1 would open a debugger into main, which holds every session's secrets.
    enableNodeCliInspectArguments: variant === 'e2e',
    enableCookieEncryption: true,
    // Only app.asar, checked against the hash electron-builder embeds (macOS and Windows; Linux has no check).
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    // Left on: the renderer is a file:// page whose module scripts need file:// privileges; turning
    // this off needs a custom protocol first (Electron's security checklist, item 18).
    grantFileProtocolExtraPrivileges: true,
    // Flipping fuses breaks a macOS binary's ad-hoc signature; re-sign ad hoc so unsigned (CI) builds
    // still start. A real identity, when configured, signs afterwards.
    resetAdHocDarwinSignature: true
  }
}

export function packagingConfig(variant: Variant): Configuration {
  return {
    appId: 'dev.rolecall.app',
    productName: PRODUCT,
    directories: { output: variant === 'e2e' ? 'dist-e2e' : 'dist' },
    // main, preload and renderer as electron-vite built them, and the tray icons main loads from resources/.
    files: ['out/**/*', 'resources/**/*', '!resources/make-icons.py', 'package.json'],
    asar: true,
    // No native modules: nothing to rebuild against Electron's headers.
    npmRebuild: false,
    electronFuses: electronFuses(variant),
    mac: { target: 'dmg', category: 'public.app-category.developer-tools' },
    win: { target: 'nsis' },
    linux: { target: 'AppImage', executableName: EXECUTABLE, category: 'Development' }
  }
}

/** The executable `electron-builder --dir` leaves for this platform, where CI's fuse check and the _electron specs find it. */
export function packagedExecutable(variant: Variant, platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const output = packagingConfig(variant).directories?.output ?? 'dist'
  const suffix = arch === 'x64' ? '' : `-${arch}`
  if (platform === 'darwin') return join(output, `mac${suffix}`, `${PRODUCT}.app`, 'Contents', 'MacOS', PRODUCT)
  if (platform === 'win32') return join(output, `win${suffix}-unpacked`, `${PRODUCT}.exe`)
  return join(output, `linux${suffix}-unpacked`, EXECUTABLE)
}

export default packagingConfig('release')
