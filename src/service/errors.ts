/** Errors the application turns into HTTP statuses and one-line CLI messages. */
import { CodedError } from '../domain/index.ts';

export { CodedError };

export class AppError extends CodedError {
  constructor(
    code: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 500 | 503,
    message: string,
    readonly details: {
      parameter?: string;
      value?: unknown;
      expected?: string;
      /** Every bad field at once (contributions), each naming its value and the fix. */
      errors?: readonly { parameter: string; value: unknown; expected: string }[];
      /** Seconds to wait before trying again (429). */
      retryAfter?: number;
    } = {},
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
