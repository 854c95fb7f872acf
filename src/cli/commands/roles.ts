/** `fourchette roles [ID]`: the twin of GET /api/roles and GET /api/roles/:id. */
import { roleGuideRoute, rolesRoute } from '../../api/index.ts';
import {
  RoleGuideQuerySchema,
  type RoleGuideResponse,
  type RolesResponse,
} from '../../contract/index.ts';
import { UsageError, writeJsonLine, type Command } from '../command.ts';
import { formatAmount } from '../format.ts';
import { parseQueryOptions, queryOptionsHelp } from '../query-options.ts';
import { askRoute } from '../route-client.ts';

function guide({ role, pay }: RoleGuideResponse, lang: 'fr' | 'en'): string {
  const list = (items: readonly string[]) => items.map((x) => `  - ${x}`).join('\n');
  const fr = lang === 'fr';
  const p50 = pay.overall.percentiles?.p50 ?? null;
  return [
    `${role.name[lang]} (${role.id})`,
    '',
    role.guide[lang],
    '',
    'Missions:',
    list(role.missions[lang]),
    `${fr ? 'Compétences et outils' : 'Skills and tools'}: ${role.skills.join(', ')}`,
    `${fr ? 'Qualités' : 'Qualities'}: ${role.qualities[lang].join(', ')}`,
    `${fr ? 'Études' : 'Studies'}: ${role.studies[lang]}`,
    `${fr ? 'Aussi appelé' : 'Also called'}: ${[...role.aliases.fr, ...role.aliases.en].join(', ')}`,
    `ROME: ${role.rome.map((r) => `${r.code} ${r.label}`).join('; ')}`,
    `ESCO: ${role.esco.map((e) => `${e.label} (ISCO ${e.isco.code})`).join('; ')}`,
    `${fr ? 'Métiers voisins' : 'Adjacent roles'}: ${role.adjacent.join(', ') || '-'}`,
    `${fr ? 'Mène à' : 'Leads to'}: ${role.leadsTo.join(', ') || '-'}`,
    `${fr ? 'Vient de' : 'Comes from'}: ${role.comesFrom.join(', ') || '-'}`,
    `${fr ? 'Salaire médian' : 'Median pay'} (${pay.country ?? (fr ? 'tous pays' : 'all countries')}, ${pay.period}): ${formatAmount(p50, pay.currency)} — ${pay.overall.count} observation(s)`,
  ].join('\n');
}

const command: Command = {
  summary: 'list the roles, or show one role guide',
  help: `Usage: fourchette roles [--json] [--lang fr|en]
       fourchette roles ID [--country CC] [--currency EUR] [--period year] [--pay P] [--json] [--lang fr|en]

Without ID, lists every role (as GET /api/roles). With ID, shows that role's guide (as
GET /api/roles/ID): missions, skills, qualities, studies, aliases, ROME 4.0 and ESCO codes,
adjacent roles, career paths and pay figures.

Options (with ID):
${queryOptionsHelp(RoleGuideQuerySchema)}
  --json             print the route's payload
  --lang fr|en       language of the text output (default fr)

Example: fourchette roles ml-engineer --lang en`,
  async run(argv, io) {
    const { raw, json, extra, positionals } = parseQueryOptions(argv, RoleGuideQuerySchema, {
      options: { lang: { type: 'string' } },
      positionals: true,
    });
    const lang = extra.lang ?? 'fr';
    if (lang !== 'fr' && lang !== 'en')
      throw new UsageError(`--lang "${String(lang)}" is invalid (expected fr or en)`);
    if (positionals.length > 1)
      throw new UsageError(`expected at most one role ID, got: ${positionals.join(' ')}`);
    const [id] = positionals;
    if (id === undefined) {
      if (Object.keys(raw).length > 0)
        throw new UsageError(
          `--${Object.keys(raw)[0]} goes with a role ID (fourchette roles ID --country FR)`,
        );
      const roles = (await askRoute(io, rolesRoute)) as RolesResponse;
      if (json) writeJsonLine(io, roles);
      else for (const r of roles.items) io.stdout.write(`${r.id.padEnd(26)} ${r.name[lang]}\n`);
      return 0;
    }
    const r = (await askRoute(io, roleGuideRoute, {
      params: { id },
      query: raw,
    })) as RoleGuideResponse;
    if (json) writeJsonLine(io, r);
    else io.stdout.write(`${guide(r, lang)}\n`);
    return 0;
  },
};
export default command;
