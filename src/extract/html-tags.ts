/** How the HTML reader (html.ts) turns tags into plain-text structure. */

/** Tags that end a line of text (blocks, list items, table rows, headings, line breaks). */
export const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'tbody',
  'thead',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'dl',
  'hr',
  'title',
  'main',
  'nav',
  'aside',
  'figure',
  'figcaption',
]);
/** Table cells: a closing one becomes a " |" cell separator. */
export const CELL_TAGS = new Set(['td', 'th']);
/** Inline tags a feed may have escaped into text ("&lt;span&gt;$72,000&lt;/span&gt;"). */
export const INLINE_TAGS = new Set([
  'span',
  'a',
  'b',
  'strong',
  'em',
  'i',
  'u',
  'small',
  'font',
  'sup',
  'sub',
]);

/** Tags whose content is not text. */
export const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg']);
