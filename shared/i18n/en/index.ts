import type { Widen } from '../catalogue';
import type { nl } from '../nl';
import { core } from './core';
import { people } from './people';

export const en = { ...core, ...people } satisfies Widen<typeof nl>;
