/** A configuration error: a bad pipeline file, dictionary or option; the CLI exits with code 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
