/**
 * Writes data/roles/rome-v3.json: for each ROME 4.0 code that data/roles/roles.json cites, the
 * ROME v3 fiche it descends from (France Travail's `code_rome_parent` column of ROME 4.0 v460),
 * and for each such v3 fiche (and the ones the articles cite) its ROME 4.0 successors. Run:
 *   node --import tsx scripts/build-rome-v3.ts [../shared/data/rome-4-france-travail]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const from = resolve(process.argv[2] ?? '../shared/data/rome-4-france-travail');

/** v3 fiche labels (ROME v3, France Travail): the 4.0 file relabels the parent codes. */
const V3_LABELS: Record<string, string> = {
  M1403: 'Études et prospectives socio-économiques',
  M1606: 'Saisie de données',
  M1703: 'Management et gestion de produit',
  M1802: 'Expertise et support en systèmes d’information',
  M1803: 'Direction des systèmes d’information',
  M1805: 'Études et développement informatique',
  M1806: 'Conseil et maîtrise d’ouvrage en systèmes d’information',
  M1810: 'Production et exploitation de systèmes d’information',
  I1401: 'Maintenance informatique et bureautique',
  K2402: 'Recherche en sciences de l’univers, de la matière et du vivant',
  K1903: 'Défense et conseil juridique',
};

/** v3 codes the articles give for a role (the job card of article-004: chef de projet IA). */
const CITED = [{ role: 'ai-project-manager', code: 'M1802', sourceId: 'article-004' }];

const rows = readFileSync(join(from, 'unix_referentiel_code_rome_v460_utf8.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.slice(1, -1).split('","'))
  .map((c) => ({ code: c[0] as string, label: c[3] as string, parent: c[9] as string }));
const byCode = new Map(rows.map((r) => [r.code, r]));
const roles = JSON.parse(readFileSync('data/roles/roles.json', 'utf8')) as {
  id: string;
  rome: { code: string }[];
}[];

const parentOf: Record<string, string> = {};
for (const role of roles)
  for (const { code } of role.rome) {
    const row = byCode.get(code);
    if (!row) throw new Error(`ROME 4.0 code ${code} of ${role.id} is not in the referential`);
    parentOf[code] = row.parent;
  }
const v3Codes = [...new Set([...Object.values(parentOf), ...CITED.map((c) => c.code)])].sort();
const fiches = Object.fromEntries(
  v3Codes.map((code) => [
    code,
    {
      label: V3_LABELS[code] ?? null,
      successors: rows
        .filter((r) => r.parent === code)
        .map((r) => ({ code: r.code, label: r.label })),
    },
  ]),
);
writeFileSync(
  'data/roles/rome-v3.json',
  `${JSON.stringify(
    {
      source:
        'France Travail, ROME 4.0 v460 (data.gouv.fr "Répertoire Opérationnel des Métiers et des Emplois"), code_rome_parent',
      parentOf,
      fiches,
      cited: CITED,
    },
    null,
    2,
  )}\n`,
);
console.log(
  `wrote ${v3Codes.length} ROME v3 fiches for ${Object.keys(parentOf).length} ROME 4.0 codes`,
);
