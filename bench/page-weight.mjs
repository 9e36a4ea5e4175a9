// What a page costs before the reader does anything: every request it makes while loading, and
// its inline scripts, raw and gzip-compressed. Shared by the budget test and `npm run bench`.
import { gzipSync } from 'node:zlib';

const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Loads `url` in `page` and sums HTML, CSS and JavaScript, and lists requests to other origins. */
export async function measurePageWeight(page, url) {
  const origin = new URL(url).origin;
  const responses = [];
  const foreign = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('data:') && new URL(request.url()).origin !== origin) foreign.push(request.url());
  });
  page.on('response', (response) => responses.push(response));
  await page.goto(url, { waitUntil: 'networkidle' });
  const weight = {
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: 0 },
    js: { raw: 0, gzip: 0 },
    inlineJs: { raw: 0, gzip: 0 },
    allJs: { raw: 0, gzip: 0 },
    requests: responses.length,
    foreignRequests: foreign,
  };
  for (const response of responses) {
    const type = response.request().resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : undefined;
    if (!kind) continue;
    const body = await response.body();
    weight[kind].raw += body.length;
    weight[kind].gzip += gzipSize(body);
  }
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''));
  for (const code of inline) {
    weight.inlineJs.raw += Buffer.byteLength(code);
    weight.inlineJs.gzip += gzipSize(Buffer.from(code));
  }
  weight.allJs = { raw: weight.js.raw + weight.inlineJs.raw, gzip: weight.js.gzip + weight.inlineJs.gzip };
  return weight;
}
