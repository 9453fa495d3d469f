import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readHtml } from './html-reader';
import { htmlToText } from './load';

type Event = string;

/** The events as one list, adjacent texts joined (a tokenizer may split a text anywhere). */
function eventsOf(run: (handlers: { onopentag(name: string, attributes: Record<string, string>): void; ontext(text: string): void; onclosetag(name: string): void }) => void): Event[] {
  const events: Event[] = [];
  run({
    onopentag: (name, attributes) => events.push(`<${name}${Object.entries(attributes).map(([key, value]) => ` ${key}="${value}"`).join('')}>`),
    ontext: (text) => {
      const last = events.length - 1;
      if (last >= 0 && events[last]!.startsWith('"')) events[last] = `${events[last]!.slice(0, -1)}${text}"`;
      else events.push(`"${text}"`);
    },
    onclosetag: (name) => events.push(`</${name}>`),
  });
  return events;
}

const withParser = (html: string): Event[] =>
  eventsOf((handlers) => {
    const parser = new Parser(handlers, { decodeEntities: true, lowerCaseTags: true });
    parser.write(html);
    parser.end();
  });
const withReader = (html: string): Event[] => eventsOf((handlers) => readHtml(html, handlers));

describe('readHtml', () => {
  it('gives the events htmlparser2’s Parser gives: implied end tags, void elements, raw text, entities, foreign content', () => {
    for (const html of [
      '<!doctype html><html lang="fr"><head><title>Résolution &amp; suite</title><meta charset="utf-8"><style>p{}</style></head><body><p>Un<p>Deux<div>Trois</div></body></html>',
      '<ul><li>one<li>two<li><b>three</ul><p>after',
      '<table><tr><td>a<td>b<tr><th>c</table>',
      '<dl><dt>term<dd>definition<dt>next</dl>',
      '<h1>Title<h2>Sub</h2><p>text</p>',
      '<p>line<br>break</br>again<hr>rule<img src=x alt="a &quot;b&quot;"><IMAGE src=y>',
      '<div>text</span>stray</div></p>end',
      '<script>if (a < b && c > d) document.write("</div>")</script><p>visible</p>',
      '<svg><circle r="1"/><text>in svg</text><![CDATA[raw]]></svg><div/>not closed<p>x',
      '<select><option>a<option>b<optgroup><option>c</select>',
      '<ruby>漢<rt>kan<rp>(</rp></ruby>',
      '<a href="1">one<a href="2">two</a>',
      '<html><head><title>t</title><body><p>no end tags',
      '<P CLASS="A" class="b">Upper &eacute;&#233;&#xe9; &nbsp;</P>',
      '<!-- comment <div> --><p>after a comment</p><?php echo 1 ?>',
      'text only, no tags &lt;div&gt;',
    ]) {
      expect(withReader(html), html).toEqual(withParser(html));
    }
  });

  it('is linear in the nesting: 400,000 nested elements take about the time of 400,000 flat ones', () => {
    const depth = 400_000;
    const body = '<p>The Security Council recalls resolution 1373 (2001).</p>';
    const nested = `<html><body>${'<div>'.repeat(depth)}${body}${'</div>'.repeat(depth)}</body></html>`;
    const flat = `<html><body>${'<div></div>'.repeat(depth)}${body}</body></html>`;
    // stray end tags at depth: each must not search the stack
    const stray = `<html><body>${'<div>'.repeat(depth)}${'</span>'.repeat(depth)}${body}</body></html>`;
    const time = (html: string): { ms: number; text: string } => {
      const started = performance.now();
      const { text } = htmlToText(html);
      return { ms: performance.now() - started, text };
    };
    time(flat); // warm up
    const flatRun = time(flat);
    const nestedRun = time(nested);
    const strayRun = time(stray);
    expect(nestedRun.text).toBe('The Security Council recalls resolution 1373 (2001).');
    expect(strayRun.text).toBe(nestedRun.text);
    expect(flatRun.text).toBe(nestedRun.text);
    // a generous bound (shared CI cores): the quadratic parser took over 100 times longer
    expect(nestedRun.ms).toBeLessThan(10 * flatRun.ms + 500);
    expect(strayRun.ms).toBeLessThan(10 * flatRun.ms + 500);
  });
});
