import type { Language } from '../api/common';
import type { Widen } from './catalogue';
import { en } from './en';
import { nl } from './nl';

export type Catalogue = Widen<typeof nl>;
export const catalogues: Record<Language, Catalogue> = { nl, en };
