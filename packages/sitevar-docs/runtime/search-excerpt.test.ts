import { describe, expect, it } from 'vitest';
import { decodeEntities, focusExcerpt, parseExcerpt } from './search-excerpt.ts';

const DIGEST = '$pbkdf2-sha512$310000$c8p78n7pUMln0jzvd4aK4Q$JNRBzwAo0ek5qKn50cFzzvE9RXV88h1wJn5KGiHrD0YKtZaR';
const textOf = (excerpt: ReturnType<typeof focusExcerpt>) => excerpt.parts.map((part) => (part.match ? `[${part.text}]` : part.text)).join('');

describe('a search excerpt', () => {
  it('decodes what Pagefind escaped, and leaves what is not an entity', () => {
    expect(decodeEntities('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#x27; &bogus; &#0;')).toBe('a <b> & "c" \'d\' &bogus; &#0;');
    expect(parseExcerpt('the <mark>client_secret</mark> &amp; more')).toEqual([{ text: 'the ' }, { text: 'client_secret', match: true }, { text: ' & more' }]);
  });

  it('keeps a match that comes late in view, cutting the context before it at a word', () => {
    const excerpt = focusExcerpt('Before you begin, make sure that the application can reach the portal, then set the <mark>redirect</mark> address.');
    expect(textOf(excerpt)).toBe('…the portal, then set the [redirect] address.');
    expect(excerpt.code).toBe(false);
  });

  it('leaves a short excerpt as it is', () => {
    expect(textOf(focusExcerpt('set the <mark>redirect</mark> address'))).toBe('set the [redirect] address');
  });

  it('shortens a digest that holds no match, so the match is not pushed out of the panel', () => {
    const excerpt = focusExcerpt(`client_id: paperless <mark>client_secret</mark>: '${DIGEST}' public: false`);
    expect(textOf(excerpt)).toBe("…paperless [client_secret]: '$pbkdf2-sha… public: false");
    expect(excerpt.code).toBe(true);
  });

  it('keeps URLs and identifiers whole however long, and shortens a generated token', () => {
    const url = 'https://paperless.example.com/accounts/oidc/authelia/login/callback/';
    expect(textOf(focusExcerpt(`<mark>redirect_uris</mark>: - '${url}' token_endpoint_auth_method`))).toBe(
      `[redirect_uris]: - '${url}' token_endpoint_auth_method`,
    );
    expect(textOf(focusExcerpt('<mark>client_id</mark>: Xq7Lr2bTzP9wKc4VnHs8YdJf3mGa'))).toBe('[client_id]: Xq7Lr2bTzP9w…');
  });

  it('tells code from prose by the matched word and what is joined to it', () => {
    expect(focusExcerpt('the <mark>redirect_uris</mark> list').code).toBe(true);
    expect(focusExcerpt('<mark>authorization_policy</mark>: two_factor').code).toBe(true);
    expect(focusExcerpt('PAPERLESS_<mark>URL</mark>=https').code).toBe(true);
    expect(focusExcerpt('open https://auth.<mark>example</mark>.com/ in').code).toBe(true);
    expect(focusExcerpt('<mark>token_endpoint_auth_method</mark>').code).toBe(true);
    expect(focusExcerpt('Paperless asks the <mark>portal</mark>, which answers.').code).toBe(false);
    expect(focusExcerpt('The <mark>redirect</mark>: where it goes.').code).toBe(false);
  });

  it('never loses text it was not asked to cut', () => {
    const raw = 'a <mark>b</mark> c <mark>d</mark> e';
    expect(textOf(focusExcerpt(raw))).toBe('a [b] c [d] e');
  });
});
