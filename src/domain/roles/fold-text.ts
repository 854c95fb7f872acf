/** Lower case, no accents, typographic apostrophes and dashes made plain: the form every matcher reads. */
export function foldText(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/[’‘`´]/g, "'")
    .replace(/[–—‐]/g, '-')
    .toLowerCase();
}
