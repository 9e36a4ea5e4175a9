import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateGuides } from '../../bench/generate-guides.mjs';
import { asStarlight } from '../../bench/peer.mjs';

const DEFAULTS = { domain: 'example.com', 'subdomain-authelia': 'auth', host: 'authelia', port: '9091', tls: 'http', 'subdomain-app': 'app' };

// The peer builds the same corpus: it must be the same content, written as Starlight reads it.
describe('the benchmark corpus for Starlight', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'peer-corpus-'));
  generateGuides(directory, 12, { sources: false });
  const guides = readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  rmSync(directory, { recursive: true, force: true });
  const converted: string[] = guides.map((text) => asStarlight(text, DEFAULTS));

  it('keeps every block and heading, with defaults in place of placeholders', () => {
    for (const [index, text] of converted.entries()) {
      expect(text).not.toMatch(/sitevar|SiteVar|<Callout|<Tab |sitevars:/);
      expect(text.match(/^```/gm)?.length).toBe(guides[index]!.match(/^```/gm)?.length);
      expect(text.match(/^## /gm)?.length).toBe(guides[index]!.match(/^## /gm)?.length);
      expect(text).toContain('https://auth.example.com');
    }
  });

  it("uses Starlight's asides, tabs (imported after the front matter) and code titles", () => {
    const all = converted.join('\n');
    expect(all).toMatch(/^:::tip\n/m);
    expect(all).toContain('```yaml title="configuration.yml"');
    const tabbed = converted.find((text) => text.includes('<Tabs'))!;
    expect(tabbed).toMatch(/^---\n[\s\S]*?\n---\n\nimport \{ Tabs, TabItem \} from '@astrojs\/starlight\/components';/);
    expect(tabbed).toContain('<Tabs syncKey="deployment">');
    expect(tabbed).toContain('<TabItem label="Docker">');
  });
});
