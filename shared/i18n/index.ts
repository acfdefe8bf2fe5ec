import type { Language } from '../api/common';
import { en } from './en';
import { nl, type Catalogue } from './nl';

export const catalogues: Record<Language, Catalogue> = { nl, en };
export type { Catalogue };
