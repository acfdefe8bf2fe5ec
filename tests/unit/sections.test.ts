import { describe, expect, it } from 'vitest';
import { sectionsFor } from '../../renderer/src/app/sections';

const keys = (roles: Parameters<typeof sectionsFor>[0]) => sectionsFor(roles).map((s) => s.key);

describe('the menu shows each person the sections they can use', () => {
  it('an owner moderates but has no inventory, spot checks or reports', () => {
    expect(keys(['eigenaar'])).toEqual(['queue', 'pages', 'requests', 'reminders', 'exemptions', 'incidents', 'settings']);
  });

  it('the officer does spot checks and never sees the queue (O1: no blanket monitoring)', () => {
    expect(keys(['functionaris'])).toContain('spotCheck');
    expect(keys(['functionaris'])).not.toContain('queue');
    expect(keys(['functionaris'])).not.toContain('incidents');
  });

  it('the communications office sees everything it oversees', () => {
    expect(keys(['communicatie'])).toEqual([
      'queue', 'pages', 'requests', 'inventory', 'reminders', 'spotCheck', 'exemptions', 'incidents', 'reports', 'settings',
    ]);
  });
});
