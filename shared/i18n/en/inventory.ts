import type { Widen } from '../catalogue';
import type { inventory as nl } from '../nl/inventory';

export const inventory = {
  inventory: {
    title: 'Inventory',
    officeNote: 'Message from {{by}} on archiving',
    officeNoteEmpty: '(no note)',
    emptyTitle: 'The inventory is empty',
    emptyBody:
      "This is where the communications office keeps every official account of the school: platform, owner, line manager, status and end date. Pages arrive here after an approved request or an import.",
    intro: 'Every official account of the school. Search, filter and sort; export to CSV or JSON; import existing accounts from a CSV file.',
    noAccess: 'The inventory is for the communications office, the board and administrators.',
    filters: 'Search and filter',
    search: 'Search',
    searchHint: 'Name, handle, purpose, web address or a person',
    all: 'All',
    count_one: '{{count}} page',
    count_other: '{{count}} pages',
    noMatch: 'No pages found with this search or these filters.',
    more: 'Show more ({{shown}} of {{total}})',
    sortBy: 'Sort by {{column}}',
    exportCsv: 'Export to CSV',
    exportJson: 'Export to JSON',
    exported_one: '{{count}} page exported to {{file}}.',
    exported_other: '{{count}} pages exported to {{file}}.',
    import: 'Import from CSV',
    importTitle: 'Import existing accounts',
  },
} satisfies Widen<typeof nl>;
