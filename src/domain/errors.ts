/** The one base of every error Fourchette throws on purpose: a stable `code` the API turns
 * into `{ error: { code, message } }` and the CLI into one line, without either knowing which
 * layer threw it (store, service, config, file formats). */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}
