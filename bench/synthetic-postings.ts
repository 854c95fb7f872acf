/** Synthetic JobPosting JSON Lines for the postings bench: French ads of ~1.8 kB built from
 * sentence pools (seeded, deterministic), 60% with a baseSalary, 25% with the pay only in the
 * description, 8% reposted under another identifier two weeks later, 3% sent twice. */
const TITLES = [
  'Data Scientist (H/F)',
  'Data Engineer',
  'Ingénieur Machine Learning',
  'Data Analyst confirmé',
  'MLOps Engineer',
  'Ingénieur IA générative (F/H)',
  'Analytics Engineer',
  'Chef de projet data',
  'Développeur Python',
  'Consultant BI',
];
const CITIES = [
  'Paris',
  'Lyon',
  'Toulouse',
  'Nantes',
  'Bordeaux',
  'Lille',
  'Rennes',
  'Marseille',
  'Grenoble',
  'Montpellier',
  'Strasbourg',
  'Nice',
];
const SENTENCES = [
  'Au sein de la direction data, vous concevez des modèles de prévision et de détection d’anomalies.',
  'Vous industrialisez les pipelines de données avec les ingénieurs de la plateforme.',
  'Vous présentez vos résultats aux équipes métier et proposez de nouveaux cas d’usage.',
  'Stack : Python, SQL, Spark, Airflow, dbt, Kubernetes et un cloud public.',
  'Vous participez à la veille technologique sur les grands modèles de langage.',
  'Vous encadrez un stagiaire et contribuez aux revues de code de l’équipe.',
  'Profil : diplômé d’une école d’ingénieurs ou d’un master en statistiques.',
  'Vous justifiez de trois à cinq ans d’expérience sur un poste similaire.',
  'Nous offrons deux jours de télétravail par semaine et une mutuelle prise en charge.',
  'Le poste est basé dans nos locaux récemment rénovés, proches des transports.',
  'Vous travaillez en méthode agile avec un product owner et des développeurs.',
  'Vous garantissez la qualité, la sécurité et la documentation des données.',
  'Une expérience en mise en production de modèles est un vrai plus.',
  'Vous rejoignez une équipe de douze personnes dans une entreprise en croissance.',
  'Le processus de recrutement comprend deux entretiens et un cas pratique.',
  'Vous êtes curieux, rigoureux et à l’aise pour expliquer des sujets techniques.',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

export function syntheticFeed(count: number, seed = 42): string[] {
  const r = rng(seed);
  const lines: string[] = [];
  const later: string[] = [];
  for (let i = 0; lines.length + later.length < count; i += 1) {
    const sentences = Array.from({ length: 14 }, () => pick(r, SENTENCES));
    const low = 35_000 + Math.floor(r() * 30) * 1000;
    const pay = r();
    if (pay >= 0.6 && pay < 0.85)
      sentences.push(
        `Rémunération : ${low / 1000} à ${low / 1000 + 10} k€ brut par an selon expérience.`,
      );
    const day = new Date(Date.UTC(2026, 0, 1) + Math.floor(r() * 300) * 86_400_000);
    const posting = (id: string, posted: Date, extra = '') => ({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      identifier: id,
      title: pick(r, TITLES),
      description: `${sentences.join(' ')}${extra}`,
      datePosted: posted.toISOString().slice(0, 10),
      hiringOrganization: { '@type': 'Organization', name: `Entreprise ${i % 4000}` },
      jobLocation: {
        '@type': 'Place',
        address: { addressLocality: pick(r, CITIES), addressCountry: 'FR' },
      },
      employmentType: r() < 0.85 ? 'FULL_TIME' : 'TEMPORARY',
      ...(pay < 0.6
        ? {
            baseSalary: {
              '@type': 'MonetaryAmount',
              currency: 'EUR',
              value: {
                '@type': 'QuantitativeValue',
                minValue: low,
                maxValue: low + 10_000,
                unitText: 'YEAR',
              },
            },
          }
        : {}),
    });
    const p = posting(`ad-${i}`, day);
    lines.push(JSON.stringify(p));
    const x = r();
    if (x < 0.08)
      later.push(
        JSON.stringify({
          ...p,
          identifier: `ad-${i}-r`,
          datePosted: new Date(day.getTime() + 14 * 86_400_000).toISOString().slice(0, 10),
          description: `${p.description} Poste à pourvoir rapidement.`,
        }),
      );
    else if (x < 0.11) later.push(JSON.stringify(p));
  }
  return [...lines, ...later].slice(0, count);
}
