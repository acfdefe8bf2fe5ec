import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/api/common';
import { SECTION_ROLES, sectionVisible, type SectionKey } from '../../shared/api/section-roles';

const keys = (roles: Role[]) => (Object.keys(SECTION_ROLES) as SectionKey[]).filter((k) => sectionVisible(k, roles));

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
