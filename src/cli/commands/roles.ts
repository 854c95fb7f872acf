import { isRoleId, ROLE_IDS, type Role } from '../../domain/roles/index.ts';
import { getRole, listRoles } from '../../reference/roles.ts';
import { parseCommandArgs, UsageError, writeJsonLine, type Command } from '../command.ts';

function guide(role: Role, lang: 'fr' | 'en'): string {
  const list = (items: readonly string[]) => items.map((x) => `  - ${x}`).join('\n');
  const fr = lang === 'fr';
  return [
    `${role.name[lang]} (${role.id})`,
    '',
    role.guide[lang],
    '',
    `${fr ? 'Missions' : 'Missions'}:`,
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
  ].join('\n');
}

const command: Command = {
  summary: 'list the roles, or show one role guide',
  help: `Usage: fourchette roles [--json] [--lang fr|en] [ID]

Without ID, lists every role (id and names). With ID, shows that role's guide: missions, skills,
qualities, studies, aliases, ROME 4.0 and ESCO codes, adjacent roles and career paths.

  --json        JSON: a list of { id, name } without ID, the whole role with ID
  --lang fr|en  language of the guide text (default fr)

Example: fourchette roles ml-engineer --lang en`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { json: { type: 'boolean' }, lang: { type: 'string' } },
      true,
    );
    const lang = values.lang ?? 'fr';
    if (lang !== 'fr' && lang !== 'en')
      throw new UsageError(`--lang "${lang}" is invalid (expected fr or en)`);
    if (positionals.length > 1)
      throw new UsageError(`expected at most one role ID, got: ${positionals.join(' ')}`);
    const [id] = positionals;
    if (id === undefined) {
      const roles = listRoles();
      if (values.json)
        writeJsonLine(
          io,
          roles.map((r) => ({ id: r.id, name: r.name })),
        );
      else for (const r of roles) io.stdout.write(`${r.id.padEnd(26)} ${r.name[lang]}\n`);
      return 0;
    }
    const role = isRoleId(id) ? getRole(id) : null;
    if (!role)
      throw new UsageError(`unknown role "${id}" (expected one of: ${ROLE_IDS.join(', ')})`);
    if (values.json) writeJsonLine(io, role);
    else io.stdout.write(`${guide(role, lang)}\n`);
    return 0;
  },
};
export default command;
