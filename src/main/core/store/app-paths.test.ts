import { homedir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { appDataDir, settingsFile } from './app-paths'

describe('appDataDir', () => {
  it('prefers ROLECALL_DATA_DIR on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(appDataDir({ ROLECALL_DATA_DIR: '/tmp/rc', HOME: '/home/a', APPDATA: 'C:\\x' }, platform)).toBe('/tmp/rc')
    }
  })

  it('uses XDG_CONFIG_HOME on Linux, else ~/.config, as Electron does', () => {
    expect(appDataDir({ HOME: '/home/a', XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe('/xdg/Rolecall')
    expect(appDataDir({ HOME: '/home/a', XDG_CONFIG_HOME: '' }, 'linux')).toBe('/home/a/.config/Rolecall')
    expect(appDataDir({ HOME: '/home/a' }, 'freebsd')).toBe('/home/a/.config/Rolecall')
  })

  it('uses Application Support on macOS', () => {
    expect(appDataDir({ HOME: '/Users/a', XDG_CONFIG_HOME: '/ignored' }, 'darwin')).toBe('/Users/a/Library/Application Support/Rolecall')
  })

  it('uses %APPDATA% on Windows, else the roaming folder under the profile', () => {
    expect(appDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe('C:\\Users\\a\\AppData\\Roaming\\Rolecall')
    expect(appDataDir({ USERPROFILE: 'C:\\Users\\a' }, 'win32')).toBe('C:\\Users\\a\\AppData\\Roaming\\Rolecall')
  })

  it("falls back to the OS home folder when HOME is unset", () => {
    expect(appDataDir({}, 'linux')).toBe(`${homedir()}/.config/Rolecall`)
  })

  it('names the settings file electron-store writes', () => {
    expect(settingsFile({ HOME: '/home/a' }, 'linux')).toBe('/home/a/.config/Rolecall/settings.json')
    expect(settingsFile({ APPDATA: 'C:\\R' }, 'win32')).toBe('C:\\R\\Rolecall\\settings.json')
  })
})
