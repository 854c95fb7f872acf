/** A sentence for every error code the API can return, saying what to change (French). The
 * test beside it checks every code of the server has one, in both languages. */
export const frErrors = {
  'error.invalid-parameter':
    'Une valeur saisie n’est pas acceptée{parameter} : corrigez-la dans le formulaire (ou dans l’adresse de la page) puis réessayez.',
  'error.invalid-body':
    'La demande envoyée n’est pas lisible : rechargez la page puis renvoyez le formulaire.',
  'error.body-too-large': 'Le texte envoyé est trop long : raccourcissez-le puis réessayez.',
  'error.not-found': 'Cette ressource n’existe pas : vérifiez le lien ou revenez à l’accueil.',
  'error.profile-required':
    'Indiquez au moins un métier ou un intitulé de poste (idéalement aussi un niveau et un pays) pour obtenir une estimation.',
  'error.conversion-failed':
    'Ce montant ne peut pas être converti dans la devise ou la période demandée : choisissez-en une autre.',
  'error.invalid-amount': 'Le montant doit être un nombre positif : corrigez-le.',
  'error.unknown-currency':
    'Devise inconnue : choisissez un code ISO à trois lettres comme EUR, USD ou CHF.',
  'error.no-rate':
    'Pas de taux de change publié pour cette devise à cette date : choisissez une autre devise ou une autre date.',
  'error.unknown-period': 'Période inconnue : choisissez par heure, jour, semaine, mois ou an.',
  'error.unknown-basis': 'Choisissez brut ou net.',
  'error.invalid-date': 'Date invalide : écrivez-la au format AAAA-MM-JJ (par exemple 2025-06-01).',
  'error.date-before-rates':
    'Cette date précède les premiers taux de change publiés (1999) : choisissez une date plus récente.',
  'error.invalid-months': 'Le nombre de mois payés par an doit être 12, 13 ou 14 : corrigez-le.',
  'error.invalid-status': 'Choisissez le statut cadre ou non-cadre.',
  'error.net-not-available':
    'Le passage brut ↔ net n’est calculé que pour la France : choisissez la France ou gardez le brut.',
  'error.out-of-range': 'Ce montant sort des barèmes connus : saisissez un montant plus réaliste.',
  'error.above-ceiling':
    'Ce chiffre d’affaires dépasse le plafond de ce statut : choisissez un autre statut ou un montant plus bas.',
  'error.invalid-days':
    'Le nombre de jours facturés doit être compris entre 1 et 366 : corrigez-le.',
  'error.no-ppp':
    'Pas de parité de pouvoir d’achat connue pour ce pays : choisissez un autre pays de référence.',
  'error.store-unavailable': 'La base de données ne répond pas : réessayez dans un instant.',
  'error.store-locked':
    'La base de données est occupée par un autre programme : réessayez dans un instant.',
  'error.store-query-failed':
    'Le serveur n’a pas pu calculer ces chiffres : réessayez, et signalez-le si cela se reproduit.',
  'error.store-migration-failed':
    'Le serveur n’a pas pu préparer sa base de données : réessayez plus tard.',
  'error.store-read-only':
    'Ce serveur sert des données en lecture seule : cette modification n’est pas possible ici.',
  'error.loopback-only':
    'Cette action n’est possible que depuis la machine du serveur : lancez-la là-bas (fourchette ingest).',
  'error.file-unreadable': 'Ce fichier ne peut pas être lu : vérifiez son chemin et son format.',
  'error.internal':
    'Erreur inattendue du serveur : réessayez, et signalez-le si cela se reproduit.',
  'error.too-many-requests':
    'Trop d’envois depuis cette adresse en une heure : attendez l’heure indiquée puis réessayez.',
  'error.france-travail-config':
    'Le connecteur France Travail n’est pas configuré : renseignez FRANCE_TRAVAIL_CLIENT_ID et FRANCE_TRAVAIL_CLIENT_SECRET.',
  'error.unknown': 'Le serveur a refusé la demande : vérifiez les valeurs saisies puis réessayez.',
  'error.parameter': ' (« {name} »)',
} as const;
