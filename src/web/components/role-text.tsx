/** The descriptive part of a role guide: missions, skills, qualities, studies and codes. */
import type { Role } from '../../contract/index.ts';
import { useI18n } from '../i18n/context.ts';

export function RoleText({ role }: { role: Role }) {
  const { t, lang } = useI18n();
  return (
    <div class="role-text">
      <section aria-labelledby="missions">
        <h2 id="missions">{t('role.missions')}</h2>
        <ul>
          {role.missions[lang].map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="skills">
        <h2 id="skills">{t('role.skills')}</h2>
        <ul class="chips">
          {role.skills.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p>
          <strong>{t('role.qualities')}</strong> {role.qualities[lang].join(', ')}
        </p>
      </section>
      <section aria-labelledby="studies">
        <h2 id="studies">{t('role.studies')}</h2>
        <p>{role.studies[lang]}</p>
      </section>
      <section aria-labelledby="codes">
        <h2 id="codes">{t('role.codes')}</h2>
        <ul>
          {role.rome.map((r) => (
            <li key={r.code}>
              ROME <strong>{r.code}</strong> — {r.label}
            </li>
          ))}
          {role.esco.map((e) => (
            <li key={e.uri}>
              ESCO <a href={e.uri}>{lang === 'fr' ? e.labelFr : e.label}</a> (ISCO {e.isco.code})
            </li>
          ))}
          {role.fap.map((f) => (
            <li key={f.code}>
              FAP <strong>{f.code}</strong> — {f.label}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
