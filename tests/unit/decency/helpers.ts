import { createEngine } from '../../../shared/decency/index';
import type { Category, DecencyContext, DecencyResult } from '../../../shared/decency/index';

export const engine = createEngine({
  version: 'test-1',
  staffNames: ['Pieter de Groot', 'Karin Jansen'],
  publicContacts: ['0317-123456', 'info@csghetstreek.nl', 'Kerkstraat 1, 3911 AB Rhenen', 'NL91ABNA0417164300'],
});

export function classify(text: string, ctx: DecencyContext = {}): DecencyResult {
  return engine.classify(text, ctx);
}

export function cats(text: string, ctx: DecencyContext = {}): Category[] {
  return classify(text, ctx).categories;
}
