/** A connection string with any password replaced by `***`, for messages and logs. */
export function redactUrl(url: string, variable = 'DATABASE_URL'): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return `(unparsable ${variable})`;
  }
}
