/** Plain-text formatting for terminal output. */
export function formatAmount(value: number | null, currency: string): string {
  if (value === null) return '—';
  return `${Math.round(value)
    .toLocaleString('fr-FR')
    .replace(/\u202f/g, ' ')} ${currency}`;
}

export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
