/** Loading and error states shared by every page, and the document title. */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { ApiError } from '../api/client.ts';
import { useI18n } from '../i18n/context.ts';
import { ServerDetail } from './trace.tsx';
import { errorSentence } from '../error-text.ts';

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" aria-busy="true">
      {t('common.loading')}
    </p>
  );
}

export function ErrorNote({ error }: { error: ApiError }) {
  const { t } = useI18n();
  if (error.status === 404 && error.code === 'not-found') {
    return <p class="notice">{t('unavailable', { message: error.message })}</p>;
  }
  return (
    <div class="error" role="alert">
      <p>{errorSentence(error, t)}</p>
      <ServerDetail lines={[error.message]} />
    </div>
  );
}

/** Shows children once data is there, a loader or the error otherwise. */
export function Loaded<T>(props: {
  state: { data: T | null; error: ApiError | null; loading: boolean };
  children: (data: T) => ComponentChildren;
}) {
  const { data, error } = props.state;
  if (error) return <ErrorNote error={error} />;
  if (data === null) return <Loading />;
  return <>{props.children(data)}</>;
}

export function useTitle(title: string): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
}
