/**
 * A node:test reporter that ends the run with one line CI can parse and a person can trust:
 * `N passed, N failed, N skipped`, then each skipped test or suite with its reason (a suite
 * skipped for want of Chromium counts as skipped, not as passed). Plain JS: node loads
 * reporters before any TypeScript loader.
 */
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  const skips = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, file, skip, details } = event.data;
    if (skip !== undefined && skip !== false) {
      skips.push({ name, file, reason: typeof skip === 'string' ? skip : 'skipped' });
      continue;
    }
    // Suites count through their tests; a suite failing on its own (a hook) counts once.
    const suite = details?.type === 'suite';
    if (event.type === 'test:pass') {
      if (!suite) passed += 1;
    } else if (!suite || details.error?.failureType !== 'subtestsFailed') failed += 1;
  }
  const cwd = `${process.cwd()}/`;
  const lines = ['', `${passed} passed, ${failed} failed, ${skips.length} skipped`];
  for (const s of skips)
    lines.push(`  skipped: ${s.name}${s.file ? ` (${s.file.replace(cwd, '')})` : ''}: ${s.reason}`);
  yield `${lines.join('\n')}\n`;
}
