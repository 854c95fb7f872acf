import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonLdBlocks, toInputSpan, toPlainText } from './html.ts';
import { extractSalaries } from './index.ts';

/** The plain text, with every non-space output char mapped back to an input span that holds it. */
function plainOf(input: string): string {
  const plain = toPlainText(input);
  for (let i = 0; i < plain.text.length; i += 1) {
    const ch = plain.text[i] as string;
    if (/\s|\|/.test(ch)) continue;
    const { start, end } = toInputSpan(plain, i, i + 1);
    const raw = input.slice(start, end);
    assert.ok(raw === ch || raw.startsWith('&'), `char ${i} ${ch} maps to ${JSON.stringify(raw)}`);
  }
  return plain.text;
}

describe('HTML to text (htmlparser2)', () => {
  it('does not read a comment that contains ">"', () => {
    const text = plainOf('<!-- old: $99,000 > $90,000 --><p>Salary: $80,000</p>');
    assert.ok(!text.includes('99'), text);
    assert.ok(text.includes('Salary: $80,000'), text);
  });

  it('does not read an attribute that contains ">"', () => {
    const text = plainOf('<p title="a > $99,000" data-x=\'b>c\'>Salary: $80,000</p>');
    assert.ok(!text.includes('99') && !text.includes('b>c'), text);
    assert.ok(text.includes('Salary: $80,000'), text);
  });

  it('does not read CDATA', () => {
    const text = plainOf('<div><![CDATA[ $99,000 ]]>Salary: $80,000</div>');
    assert.ok(!text.includes('99'), text);
  });

  it('decodes named entities (&oacute;, &Uuml;, &euro;) and keeps their input spans', () => {
    const input = '<p>Remuneraci&oacute;n in Z&Uuml;RICH: 9&nbsp;000&nbsp;&euro;</p>';
    const text = plainOf(input);
    assert.ok(text.includes('Remuneración in ZÜRICH: 9\u00a0000\u00a0€'), text);
    const facts = extractSalaries(
      '<p>Salaire &agrave; Gen&egrave;ve : 9&nbsp;000&nbsp;&euro; brut</p>',
      {
        lang: 'fr',
      },
    );
    assert.equal(facts[0]?.city, 'Genève');
    assert.equal(facts[0]?.evidence[0]?.text, '9&nbsp;000&nbsp;&euro;');
  });

  it('skips script and style content but lists JSON-LD blocks with their offsets', () => {
    const json = '{"@type":"JobPosting","baseSalary":{"value":{"minValue":50000}}}';
    const input = `<html><head><script>var s = "$99,000";</script><style>p{}</style><script type="application/ld+json">${json}</script></head><body><p>Salary: $80,000</p></body></html>`;
    const text = plainOf(input);
    assert.ok(!text.includes('99') && !text.includes('JobPosting'), text);
    const blocks = jsonLdBlocks(input);
    assert.equal(blocks.length, 1);
    assert.equal(blocks[0]?.text, json);
    assert.equal(input.slice(blocks[0]?.start, blocks[0]?.end), json);
  });

  it('keeps text that only looks like markup ("a < b") as is', () => {
    assert.equal(toPlainText('Salary < $50k & more').text, 'Salary < $50k & more');
  });
});
