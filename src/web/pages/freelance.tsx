import type { PageProps } from '../app.tsx';
import { useTitle } from '../components/status.tsx';
import { useI18n } from '../i18n/context.ts';

export default function Page(_: PageProps) {
  const { t } = useI18n();
  useTitle(t('freelance.title'));
  return <h1>{t('freelance.title')}</h1>;
}
