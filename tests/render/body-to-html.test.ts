import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyToHtml, paragraphsOf } from '../../src/render/body-to-html.ts';

test('should escape a script tag as text inside a paragraph', () => {
  assert.equal(bodyToHtml('<script>alert("x")</script>'), '<p>&#x3C;script>alert("x")&#x3C;/script></p>');
});

test('should leave template syntax as plain text', () => {
  assert.equal(bodyToHtml('{{ 7*7 }} and {% include "secret.njk" %}'), '<p>{{ 7*7 }} and {% include "secret.njk" %}</p>');
});

test('should not read Markdown syntax in the body', () => {
  assert.equal(bodyToHtml('*x* _y_ `z`\n# h\n1. item\n- dash\n> quote\n[link](http://x)'), '<p>*x* _y_ `z`\n# h\n1. item\n- dash\n> quote\n[link](http://x)</p>');
});

test('should escape ampersands, even ones that already look like entities, and keep quotes as text', () => {
  assert.equal(bodyToHtml(`AT&T said 'yes' & "no" &amp; &lt;b&gt; <!-- c -->`), `<p>AT&#x26;T said 'yes' &#x26; "no" &#x26;amp; &#x26;lt;b&#x26;gt; &#x3C;!-- c --></p>`);
});

test('should make one paragraph per block of text separated by blank lines', () => {
  assert.equal(bodyToHtml('First.\n\n\n\nSecond line one\nline two\n \t\nThird.\n'), '<p>First.</p>\n<p>Second line one\nline two</p>\n<p>Third.</p>');
});

test('should give no HTML for an empty or blank body', () => {
  assert.equal(bodyToHtml(''), '');
  assert.equal(bodyToHtml('\n \n\n'), '');
});

test('should split paragraphs on blank lines, including lines of spaces, and trim them', () => {
  assert.deepEqual(paragraphsOf('  a  \n\n\n\nb\n \nc\n\t\n\td'), ['a', 'b', 'c', 'd']);
});
