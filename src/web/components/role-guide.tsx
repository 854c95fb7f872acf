/** The descriptive part of a role guide, from GET /api/roles/:id once the server has it. */
import { useApi } from '../api/use-api.ts';
import { useRouteAvailable } from '../api/use-route.ts';
import { useI18n } from '../i18n/context.ts';

export function RoleGuide({ id }: { id: string }) {
  const { t } = useI18n();
  const available = useRouteAvailable('/api/roles/{id}');
  const guide = useApi<unknown>(available ? `/api/roles/${encodeURIComponent(id)}` : null);
  if (available === null || guide.loading) return null;
  if (!available || guide.error || !guide.data)
    return <p class="notice">{t('role.guideMissing')}</p>;
  return null;
}
