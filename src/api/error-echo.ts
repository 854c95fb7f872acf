/** Error bodies never echo large input back: messages and echoed values are cut short. */
const MAX_MESSAGE = 2_000;
const MAX_VALUE = 200;

export function clipMessage(message: string): string {
  return message.length > MAX_MESSAGE
    ? `${message.slice(0, MAX_MESSAGE)}… (${message.length - MAX_MESSAGE} more characters)`
    : message;
}

function clipValue(value: unknown): unknown {
  if (value === undefined || value === null || typeof value === 'number') return value;
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  if (text.length <= MAX_VALUE) return value;
  return `${text.slice(0, MAX_VALUE)}… (${text.length} characters)`;
}

export function clipDetails<T extends Record<string, unknown>>(details: T): T {
  const out: Record<string, unknown> = { ...details };
  if ('value' in out) out.value = clipValue(out.value);
  if ('parameter' in out) out.parameter = clipValue(out.parameter);
  if (Array.isArray(out.errors))
    out.errors = (out.errors as Record<string, unknown>[])
      .slice(0, 50)
      .map((e) => ({ ...e, parameter: clipValue(e.parameter), value: clipValue(e.value) }));
  return out as T;
}
