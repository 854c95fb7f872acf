/** The French freelance statuses Fourchette compares with employment. */

export const FREELANCE_STATUSES = ['micro', 'ei', 'sasu'] as const;
/** micro: micro-entreprise (auto-entrepreneur), BNC profession libérale non réglementée;
 * ei: entreprise individuelle au régime réel, impôt sur le revenu (an EURL at the IR is taxed
 * the same way); sasu: SASU at the IS, all revenue paid as the president's pay (no dividends). */
export type FreelanceStatus = (typeof FREELANCE_STATUSES)[number];

export function isFreelanceStatus(value: string): value is FreelanceStatus {
  return (FREELANCE_STATUSES as readonly string[]).includes(value);
}
