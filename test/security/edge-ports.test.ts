// Electron security checklist, "do not use openExternal with untrusted content": the opener hands
// Electron's shell only AWS sign-in addresses (and the federation endpoint the user configured).
import { describe, expect, it } from 'vitest'
import { electronOpener } from '../../src/main/electron/edge-ports'

function recordingShell() {
  const opened: string[] = []
  return {
    opened,
    shell: {
      openExternal: async (url: string) => {
        opened.push(url)
      }
    }
  }
}

describe('electronOpener', () => {
  it.each([
    'https://signin.aws.amazon.com/federation?Action=login&SigninToken=x',
    'https://eu-west-1.signin.aws.amazon.com/federation?Action=login',
    'https://signin.amazonaws.cn/federation',
    'https://signin.amazonaws-us-gov.com/federation'
  ])('opens %s', async (url) => {
    const { shell, opened } = recordingShell()
    await electronOpener(shell).openExternal(url)
    expect(opened).toEqual([url])
  })

  it.each([
    'https://example.com/',
    'http://signin.aws.amazon.com/federation',
    'https://signin.aws.amazon.com.attacker.example/',
    'https://evilsignin.aws.amazon.com/',
    'https://user:pass@signin.aws.amazon.com/',
    'https://signin.aws.amazon.com:8443/',
    'file:///etc/passwd',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'not a url'
  ])('refuses %s and never calls shell.openExternal', async (url) => {
    const { shell, opened } = recordingShell()
    await expect(electronOpener(shell).openExternal(url)).rejects.toThrow(/Refused/)
    expect(opened).toEqual([])
  })

  it('adds only the exact origin of a configured federation endpoint', async () => {
    const { shell, opened } = recordingShell()
    const opener = electronOpener(shell, 'http://127.0.0.1:4566')
    await opener.openExternal('http://127.0.0.1:4566/federation?Action=login')
    await expect(opener.openExternal('http://127.0.0.1:4567/federation')).rejects.toThrow(/Refused/)
    expect(opened).toEqual(['http://127.0.0.1:4566/federation?Action=login'])
  })
})
