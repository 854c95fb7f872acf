/** French strings for where a figure comes from: conversion steps, the estimator's back-off,
 * and generic sentences standing in for the server's (English) notes. */
export const frProvenance = {
  'trace.kind.currency': 'Devise',
  'trace.kind.period': 'Période',
  'trace.kind.basis': 'Brut / net',
  'trace.kind.ppp': 'Pouvoir d’achat',
  'trace.kind.freelance': 'Freelance',
  'trace.currency': '1 {from} = {rate} {to} ({origin}, {date})',
  'trace.origin.ecb': 'taux de référence de la BCE',
  'trace.origin.stated-by-source': 'taux indiqué par la source',
  'trace.origin.identity': 'même devise',
  'trace.stale': 'dernier taux publié, la date demandée est plus récente',
  'trace.period': '{from} → {to} : × {factor} ({place})',
  'trace.periodCountry': 'temps de travail : {country}',
  'trace.periodDefault': 'temps de travail par défaut',
  'trace.basis': '{from} → {to} ({status}) : règles {rules} au {date}, {method}',
  'trace.ppp': '{country} : {lcu} {currency} par dollar international ({year})',
  'trace.freelance.revenue': 'Chiffre d’affaires = TJM × jours facturés ({status})',
  'trace.freelance.net':
    'Revenu net avant impôt tiré du chiffre d’affaires ({status}), règles {rules} au {date}',
  'trace.freelance.revenueForNet':
    'Chiffre d’affaires donnant le même net avant impôt ({status}), règles {rules} au {date}',
  'trace.freelance.tjm': 'TJM = chiffre d’affaires ÷ jours facturés ({status})',
  'trace.freelance.other': 'Calcul {status}, règles {rules} au {date}',
  'trace.method.interpolated': 'interpolé sur une grille précalculée',
  'trace.method.direct': 'calcul direct',
  'trace.method.arithmetic': 'calcul simple',
  'amount.gross': 'brut',
  'amount.net': 'net avant impôt',
  'amount.net-after-tax': 'net après impôt',
  'employeeStatus.cadre': 'cadre',
  'employeeStatus.non-cadre': 'non-cadre',
  'conversion.step.value': 'Valeur',
  'conversion.step.currency': 'Devise',
  'conversion.step.period': 'Période',
  'conversion.step.basis': 'Brut / net',
  'conversion.step.model': 'Modèle',
  'conversion.step.pay': 'Devise de paie',
  'conversion.step.percentiles': 'Centiles',
  'conversion.pay':
    'Seuls les emplois payés dans la devise de leur pays sont comptés (un poste en France payé en dollars est le plus souvent celui d’un employeur étranger, sur une autre échelle de salaires) ; « toutes devises » les ajoute.',
  'conversion.percentiles':
    'Centiles d’un grand groupe, lus sur un échantillon fixe ou un histogramme fin (détail technique ci-dessous) ; l’effectif est exact.',
  'conversion.value':
    'Chaque observation compte une fois : une fourchette par son milieu, une fourchette ouverte par sa borne connue.',
  'conversion.currencyEur':
    'Montants convertis en EUR au taux de référence de la BCE de la date de chaque observation (dernier jour ouvré).',
  'conversion.currency':
    'Montants convertis en EUR puis en {currency} au taux de référence de la BCE de la date de chaque observation (dernier jour ouvré).',
  'conversion.period': 'Montants annuels ramenés {period} selon un temps de travail de référence.',
  'conversion.model':
    'Modèle entraîné sur {count} salaires bruts fixes (annuels, en EUR) ; repli sur la case « {fallback} » ({observations} observations).',
  'conversion.estimateCurrency': 'Converti de EUR en {currency} au dernier taux de la BCE.',
  'conversion.estimateBasis': 'Brut converti en net selon les règles françaises.',
  'fallback.title': 'intitulé',
  'fallback.role': 'métier',
  'fallback.level': 'niveau',
  'fallback.country': 'pays',
  'fallback.global': 'toutes les observations',
  'note.aboveCeiling':
    'Au-dessus du plafond de chiffre d’affaires de la micro-entreprise : choisissez EI ou SASU.',
  'note.outOfRange': 'Hors des barèmes disponibles pour ce statut.',
  'note.netFrance': 'Salarié cadre, règles françaises (modele-social).',
  'note.netFranceOnly':
    'Le net n’est calculé que pour la France (pas de règles documentées ailleurs).',
  'note.netUnavailable': 'Net non disponible pour ce montant.',
  'note.netFreelance':
    'Un montant de freelance est un chiffre d’affaires, pas un salaire : son net dépend du statut (micro-entreprise, EI, SASU). La page Freelance ↔ salaire le calcule à partir d’un TJM.',
  'note.noPeriod': 'pas de période indiquée ni déductible',
  'note.notConverted': 'conversion impossible',
  'common.details': 'Détail technique (en anglais)',
} as const;
