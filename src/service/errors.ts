/** Errors the application turns into HTTP statuses and one-line CLI messages. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 503,
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
    super(message, options);
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
