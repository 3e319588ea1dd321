// The error of a shared AWS file Rolecall would not or could not change; the file was left as it was. A
// module of its own, so the INI model can refuse a file without loading the file-writing machinery.
export class SharedFileError extends Error {
  override name = 'SharedFileFailed'
}
