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
  'read.sourceConversion': 'la source dit {amount} par an',
  'read.dateText': 'Conversions au taux du {date}, la date donnée par le texte.',
  'read.dateUsed': 'Conversions au taux du {date}.',
  'read.skipped': 'Montants lus mais non retenus comme salaire (à vérifier) : {amounts}.',
  'read.warning.implausible':
    'Montant peu plausible pour un salaire : vérifiez le chiffre et sa période.',
  'read.warning.period': 'La période indiquée semble ne pas correspondre au montant : vérifiez-la.',
  'read.warning.tenfold': 'Un zéro semble en trop ou en moins : vérifiez le montant.',
  'read.warning.order': 'Le bas de la fourchette dépasse le haut : vérifiez les deux bornes.',
  'read.warning.other': 'Ce chiffre pourrait être mal lu : vérifiez-le.',
  'home.published': 'publié : {figures}',
} as const;
