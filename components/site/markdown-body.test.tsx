import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { renderToStaticMarkup } from 'react-dom/server';

import { MarkdownBody } from './markdown-body';

const render = (body: string, related = new Map<number, { title: string; path: string }>(), sponsored = false) =>
  renderToStaticMarkup(<MarkdownBody body={body} related={related} sponsored={sponsored} />);

describe('MarkdownBody', () => {
  it('renders paragraphs, headings, lists and quotes', () => {
    const html = render('Første afsnit.\n\n## Mellemrubrik\n\n- en\n- to\n\n> Citat');
    assert.match(html, /<p>Første afsnit\.<\/p>/);
    assert.match(html, /<h2>Mellemrubrik<\/h2>/);
    assert.match(html, /<ul>\s*<li>en<\/li>/);
    assert.match(html, /<blockquote>/);
  });

  it('renders a related block with the current title and URL of its target', () => {
    const related = new Map([[7, { title: 'Ny overskrift', path: '/sikkerhed/ny-overskrift' }]]);
    const html = render('Før.\n\n::related{id=7 label="Læs også"}\n\nEfter.', related);
    assert.match(
      html,
      /<span class="related-block__label">Læs også:<\/span> <a href="\/sikkerhed\/ny-overskrift">Ny overskrift<\/a>/,
    );
  });

  it('renders nothing for a related block whose target is not published', () => {
    const html = render('Før.\n\n::related{id=8 label="Læs også"}\n\nEfter.');
    assert.doesNotMatch(html, /Læs også/);
    assert.match(html, /<p>Før\.<\/p>\s*<p>Efter\.<\/p>/);
  });

  it('does not render raw HTML', () => {
    const html = render('Hej <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div onclick="x()">boks</div>');
    assert.doesNotMatch(html, /<script|<img|<div|onerror|onclick/);
  });

  it('drops javascript: links', () => {
    const html = render('[klik](javascript:alert(1))');
    assert.doesNotMatch(html, /javascript:/);
  });

  it('keeps text that merely looks like a directive', () => {
    const html = render('Kampen sluttede 2:1, og se:her er det.');
    assert.match(html, /Kampen sluttede 2:1, og se:her er det\./);
  });

  it('marks outbound links in sponsored content as sponsored', () => {
    assert.match(render('[DE-CIX](https://www.de-cix.net/)', new Map(), true), /rel="sponsored noopener"/);
    assert.match(render('[DE-CIX](https://www.de-cix.net/)'), /rel="noopener"/);
  });

  it('demotes a level-one heading so the headline stays the only h1', () => {
    assert.match(render('# Stor overskrift'), /<h2>Stor overskrift<\/h2>/);
  });
});
