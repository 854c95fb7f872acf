/** Errors the application turns into HTTP statuses and one-line CLI messages. */
import { CodedError } from '../domain/index.ts';

export { CodedError };

export class AppError extends CodedError {
  constructor(
    code: string,
    readonly status: 400 | 403 | 404 | 409 | 413 | 422 | 500 | 503,
    message: string,
    readonly details: { parameter?: string; value?: unknown; expected?: string } = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export function invalidParameter(parameter: string, value: unknown, expected: string): AppError {
  return new AppError(
    'invalid-parameter',
    400,
    `parameter "${parameter}" has invalid value ${JSON.stringify(value)} (expected ${expected})`,
    { parameter, value, expected },
  );
}
