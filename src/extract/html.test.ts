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

  it('reads HTML escaped into the text as markup, with the evidence in the input', () => {
    const input =
      '&lt;div&gt;&lt;p&gt;Position Pay Range&lt;/p&gt;&lt;span&gt;$72,000&lt;/span&gt;&lt;span&gt;&amp;mdash;&lt;/span&gt;&lt;span&gt;$91,000 USD&lt;/span&gt;&lt;/div&gt;';
    const plain = toPlainText(input).text;
    assert.ok(!plain.includes('<') && !plain.includes('span'), plain);
    const [fact, ...rest] = extractSalaries(input, { lang: 'en' });
    assert.equal(rest.length, 0);
    assert.equal(fact?.low, 72_000);
    assert.equal(fact?.high, 91_000);
    assert.equal(fact?.currency, 'USD');
    const ev = fact?.evidence[0];
    assert.ok(ev && input.slice(ev.start, ev.end).startsWith('$72,000'), ev?.text);
    assert.ok(ev.text.endsWith('USD'), ev.text);
    // An escaped "<" that opens no known tag stays text.
    assert.equal(toPlainText('Experience: &lt;5 years&gt;').text, 'Experience: <5 years>');
  });

  it('keeps text that only looks like markup ("a < b") as is', () => {
    assert.equal(toPlainText('Salary < $50k & more').text, 'Salary < $50k & more');
  });
});
