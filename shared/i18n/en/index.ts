import type { Widen } from '../catalogue';
import type { nl } from '../nl';
import { core } from './core';
import { people } from './people';
import { pages } from './pages';
import { requests } from './requests';
import { inventory } from './inventory';
import { imports } from './imports';
import { connections } from './connections';
import { decency } from './decency';

export const en = { ...core, ...people, ...pages, ...requests, ...inventory, ...imports, ...connections, ...decency } satisfies Widen<typeof nl>;
