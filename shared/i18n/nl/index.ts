// Dutch is the product's first language; English must have exactly these keys (checked by the
// compiler). One module per domain, each owning its own top-level namespace, so features can add
// their texts without touching each other's files.
import { core } from './core';
import { people } from './people';
import { pages } from './pages';
import { requests } from './requests';
import { inventory } from './inventory';
import { imports } from './imports';
import { connections } from './connections';
import { decency } from './decency';
import { queue } from './queue';
import { incidents } from './incidents';
import { reminders } from './reminders';
import { archive } from './archive';
import { spotChecks } from './spot-checks';
import { exemptions } from './exemptions';
import { reports } from './reports';
import { lifecycle } from './lifecycle';

export const nl = { ...core, ...people, ...pages, ...requests, ...inventory, ...imports, ...connections, ...decency, ...queue, ...incidents, ...reminders, ...archive, ...spotChecks, ...exemptions, ...reports, ...lifecycle };
