/** The conversion steps behind a figure (rates, dates, rules), folded by default. */
import type { TraceStepView } from '../../contract/index.ts';
import { useI18n } from '../i18n/context.ts';

export function Trace({ steps }: { steps: readonly TraceStepView[] }) {
  const { t } = useI18n();
  if (steps.length === 0) return null;
  return (
    <details class="trace">
      <summary>{t('common.provenance')}</summary>
      <ol>
        {steps.map((s, i) => (
          <li key={i}>{s.description}</li>
        ))}
      </ol>
    </details>
  );
}
