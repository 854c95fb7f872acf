/** French strings of modelled and published figures (thin cells, official references). */
export const frThin = {
  'thin.modelled': 'modélisé',
  'thin.modelledShort': 'estim.',
  'thin.modelledNote':
    'Estimation du modèle (pas assez d’observations ici) : confiance {confidence}, {count} observations derrière.',
  'thin.pending': 'estimation en cours',
  'thin.pendingLong':
    'Le modèle est en cours de calcul : rechargez la page dans quelques secondes pour voir l’estimation.',
  'thin.legend':
    'En italique : estimation du modèle là où les observations sont trop peu nombreuses (n = observations réelles).',
  'published.title': 'Chiffres publiés',
  'published.intro':
    'Ce que des articles et des statistiques officielles publient pour ce métier, à côté de nos chiffres et jamais mélangé avec eux.',
  'published.article': 'article',
  'published.official': 'statistique officielle',
  'published.stated': 'publié : {figure}',
  'published.converted': 'soit {figure}',
  'published.years': '{from}–{to}',
  'published.none': 'Aucun chiffre publié pour ce métier.',
  'published.dayRates': 'TJM publiés : {figures}',
  'published.reference': 'Repères officiels',
  'published.referenceNote':
    'Médianes de toute une profession (tous âges, toutes spécialités), converties en brut annuel : un repère, pas une observation.',
  'rome.v3': 'ROME v3 {code} ({label}), successeurs ROME 4.0 : {successors}',
  'rome.cited': 'cité par {sources}',
  'rome.own': 'ceux de ce métier : {codes}',
  'rome.source': 'Correspondance : {source}.',
} as const;
