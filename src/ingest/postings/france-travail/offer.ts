/** A France Travail offer (API "Offres d'emploi v2" shape) → a posting record. Its pay is the
 * `salaire.libelle` string, read by the pay-field reader (France Travail asks employers for
 * gross pay); its place is `lieuTravail.libelle` ("75 - PARIS 09"). */
import type { JobPostingFields } from '../../../extract/job-posting.ts';
import { employmentContract, text } from '../../../extract/job-posting.ts';
import type { ReadItem } from '../posting-record.ts';

type Node = Record<string, unknown>;
const node = (v: unknown): Node => (v !== null && typeof v === 'object' ? (v as Node) : {});

export function offerToItem(offer: Node, n: number): ReadItem {
  const id = text(offer.id);
  if (!id)
    return {
      bad: { line: n, message: `France Travail result ${n}: an offer without "id"; skipped` },
    };
  const place = node(offer.lieuTravail);
  const company = node(offer.entreprise);
  const salary = node(offer.salaire);
  const fields: JobPostingFields = {
    identifier: id,
    title: text(offer.intitule),
    description: typeof offer.description === 'string' ? offer.description : '',
    datePosted: text(offer.dateCreation),
    validThrough: null,
    employer: text(company.nom),
    sector: text(offer.secteurActiviteLibelle),
    occupationalCategory: text(offer.romeCode),
    contract: offer.alternance === true ? 'apprenticeship' : employmentContract(offer.typeContrat),
    remote: null,
    city: text(place.libelle),
    region: null,
    postalCode: text(place.codePostal),
    country: 'FR',
    pay: null,
    url: text(node(offer.origineOffre).urlOrigine),
  };
  return {
    record: {
      fields,
      location: `France Travail offer ${id}`,
      salaryText: text(salary.libelle),
      salaryBasis: 'gross',
    },
  };
}
