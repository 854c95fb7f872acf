/** The conversion steps behind a figure (rates, dates, rules), folded by default, written in
 * the reader's language from each step's fields; on English pages the server's own wording
 * stays available under "technical detail". */
import type { ComponentChildren } from 'preact';
import type { TraceStepView } from '../../contract/index.ts';
import { useI18n } from '../i18n/context.ts';
import { traceStepText } from '../provenance-text.ts';

/** The server's English text, folded, on English pages only: a French page says it all in
 * French (the steps above it) and carries no English block. */
export function ServerDetail({ lines }: { lines: readonly string[] }) {
  const { t, lang } = useI18n();
  if (lines.length === 0 || lang !== 'en') return null;
  return (
    <details class="server-detail">
      <summary>{t('common.details')}</summary>
      <ul lang="en">
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

export function StepList({
  items,
}: {
  items: readonly { label: string; text: ComponentChildren }[];
}) {
  return (
    <ol class="steps">
      {items.map((s, i) => (
        <li key={i}>
          <strong>{s.label}</strong> — {s.text}
        </li>
      ))}
    </ol>
  );
}

export function Trace({ steps }: { steps: readonly TraceStepView[] }) {
  const i18n = useI18n();
  if (steps.length === 0) return null;
  const texts = steps.map((s) => traceStepText(s, i18n));
  return (
    <details class="trace">
      <summary>{i18n.t('common.provenance')}</summary>
      <StepList
        items={texts.flatMap((s) => (s.text === null ? [] : [{ label: s.label, text: s.text }]))}
      />
      <ServerDetail lines={steps.map((s) => s.description)} />
    </details>
  );
}
