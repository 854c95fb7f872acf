/** A France Travail offer (API "Offres d'emploi v2" shape) → a posting record. Its pay is the
 * `salaire.libelle` string, read by the pay-field reader (France Travail asks employers for
 * gross pay); its place is `lieuTravail.libelle` ("75 - PARIS 09"). */
import type { JobPostingFields } from '../../../extract/index.ts';
import { employmentContract, jsonLdText } from '../../../extract/index.ts';
import type { ReadItem } from '../posting-record.ts';

type Node = Record<string, unknown>;
const node = (v: unknown): Node => (v !== null && typeof v === 'object' ? (v as Node) : {});

export function offerToItem(offer: Node, n: number): ReadItem {
  const id = jsonLdText(offer.id);
  if (!id)
    return {
      bad: { line: n, message: `France Travail result ${n}: an offer without "id"; skipped` },
    };
  const place = node(offer.lieuTravail);
  const company = node(offer.entreprise);
  const salary = node(offer.salaire);
  const fields: JobPostingFields = {
    identifier: id,
    title: jsonLdText(offer.intitule),
    description: typeof offer.description === 'string' ? offer.description : '',
    datePosted: jsonLdText(offer.dateCreation),
    validThrough: null,
    employer: jsonLdText(company.nom),
    sector: jsonLdText(offer.secteurActiviteLibelle),
    occupationalCategory: jsonLdText(offer.romeCode),
    contract: offer.alternance === true ? 'apprenticeship' : employmentContract(offer.typeContrat),
    remote: null,
    city: jsonLdText(place.libelle),
    region: null,
    postalCode: jsonLdText(place.codePostal),
    country: 'FR',
    pay: null,
    url: jsonLdText(node(offer.origineOffre).urlOrigine),
  };
  return {
    record: {
      fields,
      location: `France Travail offer ${id}`,
      salaryText: jsonLdText(salary.libelle),
      salaryBasis: 'gross',
    },
  };
}
