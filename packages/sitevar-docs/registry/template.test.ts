import { describe, expect, it } from 'vitest';
import { fillTemplate, templateNames, templateParts } from './template.ts';

describe('{name} templates', () => {
  it('split into text and names, the same for UI strings, computed values and help texts', () => {
    expect(templateParts('https://{subdomain-app}.{domain}/')).toEqual([
      { text: 'https://' },
      { name: 'subdomain-app' },
      { text: '.' },
      { name: 'domain' },
      { text: '/' },
    ]);
    expect(templateParts('{group} options')).toEqual([{ name: 'group' }, { text: ' options' }]);
    expect(templateParts('no parts')).toEqual([{ text: 'no parts' }]);
    expect(templateParts('')).toEqual([]);
  });

  it('leave what is not a name as text: empty braces, a leading digit or hyphen, spaces', () => {
    expect(templateParts('{} {1x} {-a} {a b} {{domain}}')).toEqual([{ text: '{} {1x} {-a} {a b} {' }, { name: 'domain' }, { text: '}' }]);
  });

  it('name their references in order, and fill those they have a value for', () => {
    expect(templateNames('{tls}://{host}:{port} {host}')).toEqual(['tls', 'host', 'port', 'host']);
    const values: Record<string, string> = { host: 'authelia', port: '9091' };
    expect(fillTemplate('{tls}://{host}:{port}', (name) => values[name])).toBe('{tls}://authelia:9091');
  });
});
