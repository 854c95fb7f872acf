import type { PageProps } from '../app.tsx';
import { useTitle } from '../components/status.tsx';
import { useI18n } from '../i18n/context.ts';
import { pathFor } from '../routes.ts';

export default function NotFoundPage(_: PageProps) {
  const { t, lang } = useI18n();
  useTitle(t('common.notFound'));
  return (
    <>
      <h1>{t('common.notFound')}</h1>
      <p>
        <a href={pathFor(lang, 'home')}>{t('common.backHome')}</a>
      </p>
    </>
  );
}
