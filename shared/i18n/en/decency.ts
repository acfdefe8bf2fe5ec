import type { Widen } from '../catalogue';
import type { decency as nl } from '../nl/decency';
import { CATEGORY_INFO } from '../../decency/categories';
import { CLAUSES } from '../../protocol/clauses';

const byLanguage = <T extends Record<string, { nl: string; en: string }>>(table: T) =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.en])) as { [K in keyof T]: string };

export const decency = {
  categories: byLanguage(CATEGORY_INFO),
  clauses: byLanguage(CLAUSES),
  severity: { 0: 'None', 1: 'Low', 2: 'Medium', 3: 'High – urgent' },
  lists: {
    title: 'Word lists',
    intro:
      "The school's own lists for the decency check. The communications office keeps them; every change is a new version, and every flag says which version made it.",
    readOnly: 'Only the communications office or an administrator can change the lists.',
    version: 'Version {{version}}, saved {{at}} by {{by}}',
    noVersion: 'No school lists yet: Paginawacht uses its built-in word list only.',
    engine: 'Check version: {{version}}',
    flagWords: 'Extra words to flag',
    flagWordsHint: 'Words or phrases that must be flagged here, with the kind of flag.',
    term: 'Word or phrase',
    category: 'Kind',
    severityLabel: 'Severity',
    severityDefault: 'default',
    noFlagWords: 'No school words yet.',
    addWord: 'Add word',
    remove: 'Remove',
    allowWords: 'Words never to flag',
    allowWordsHint: 'One per line, for example a street name or local word that gets flagged by mistake.',
    publicContacts: "The school's public contact data",
    publicContactsHint: "One per line: the school's own phone numbers, e-mail addresses, addresses, IBAN and web addresses. They are not confidential data (A3), and links to the school's own sites are not phishing.",
    staffNames: 'Staff names',
    staffNamesHint: 'One per line, so Paginawacht recognises accusations and personal facts about staff. People in Paginawacht count already.',
    note: 'What changed?',
    save: 'Save a new version',
    saved: 'Saved as version {{version}}.',
    history: 'Earlier versions',
    feedbackTitle: 'Kept by owners as ‘not a violation’',
    feedbackHint: 'Flags that owners kept because they were not a violation. Click a word to add it to ‘Words never to flag’; then save a new version.',
    feedbackCount: 'Count',
    feedbackTerms: 'Words',
    feedbackAllow: 'Add to the words never to flag',
    tryTitle: 'Try a sentence',
    tryHint: 'See at once what Paginawacht finds in a text with the current lists.',
    trySample: 'Text',
    tryMedia: 'With a photo or video',
    tryButton: 'Check',
    notFlagged: 'Not flagged.',
    flaggedAs: 'Flagged: {{categories}} (severity {{severity}}), clause {{clauses}}.',
    recheck: 'Check existing items again',
    recheckHint: 'After a change you can have the items that are still open checked again. The earlier verdict is kept.',
    recheckOpen: 'Check open items again',
    recheckProgress: '{{done}} of {{total}} checked again…',
    recheckDone: 'Done: {{total}} items checked again.',
    recheckFailed: 'Checking again failed.',
    errors: { invalid: 'The lists are not right; see the highlighted lines.' },
  },
} satisfies Widen<typeof nl>;
