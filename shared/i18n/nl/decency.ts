import { CATEGORY_INFO } from '../../decency/categories';
import { CLAUSES } from '../../protocol/clauses';

const byLanguage = <T extends Record<string, { nl: string; en: string }>>(table: T) =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v.nl])) as { [K in keyof T]: string };

export const decency = {
  categories: byLanguage(CATEGORY_INFO),
  clauses: byLanguage(CLAUSES),
  severity: { 0: 'Geen', 1: 'Laag', 2: 'Middel', 3: 'Hoog – dringend' },
  lists: {
    title: 'Woordenlijsten',
    intro:
      'Eigen lijsten van de school voor de fatsoenscontrole. De communicatieafdeling houdt ze bij; elke wijziging is een nieuwe versie, en bij elke markering staat met welke versie die is gemaakt.',
    readOnly: 'Alleen Communicatie of Beheer kan de lijsten wijzigen.',
    version: 'Versie {{version}}, opgeslagen {{at}} door {{by}}',
    noVersion: 'Nog geen eigen lijsten: Paginawacht gebruikt alleen de ingebouwde woordenlijst.',
    engine: 'Versie van de controle: {{version}}',
    flagWords: 'Extra woorden om te markeren',
    flagWordsHint: 'Woorden of zinnen die hier gemarkeerd moeten worden, met de soort melding.',
    term: 'Woord of zin',
    category: 'Soort',
    severityLabel: 'Ernst',
    severityDefault: 'standaard',
    noFlagWords: 'Nog geen eigen woorden.',
    addWord: 'Woord toevoegen',
    remove: 'Verwijderen',
    allowWords: 'Woorden die nooit gemarkeerd worden',
    allowWordsHint: 'Eén per regel, bijvoorbeeld een straatnaam of plaatselijk woord dat ten onrechte gemarkeerd wordt.',
    publicContacts: 'Openbare contactgegevens van de school',
    publicContactsHint: 'Eén per regel: telefoonnummers, e-mailadressen, adressen en IBAN van de school zelf. Die zijn geen vertrouwelijke gegevens (A3).',
    staffNames: 'Namen van medewerkers',
    staffNamesHint: 'Eén per regel. Zo herkent Paginawacht beschuldigingen en persoonlijke informatie over medewerkers. Mensen in Paginawacht tellen al mee.',
    note: 'Wat is er veranderd?',
    save: 'Nieuwe versie opslaan',
    saved: 'Opgeslagen als versie {{version}}.',
    history: 'Eerdere versies',
    tryTitle: 'Probeer een zin',
    tryHint: 'Zie direct wat Paginawacht met de huidige lijsten van een tekst vindt.',
    trySample: 'Tekst',
    tryMedia: 'Met foto of video',
    tryButton: 'Controleren',
    notFlagged: 'Niet gemarkeerd.',
    flaggedAs: 'Gemarkeerd: {{categories}} (ernst {{severity}}), artikel {{clauses}}.',
    recheck: 'Bestaande meldingen opnieuw controleren',
    recheckHint: 'Na een wijziging kun je de meldingen die nog open staan opnieuw laten controleren. De oude beoordeling blijft bewaard.',
    recheckOpen: 'Open meldingen opnieuw controleren',
    recheckProgress: '{{done}} van {{total}} opnieuw gecontroleerd…',
    recheckDone: 'Klaar: {{total}} meldingen opnieuw gecontroleerd.',
    recheckFailed: 'Opnieuw controleren is mislukt.',
    errors: { invalid: 'De lijsten kloppen niet; zie de gemarkeerde regels.' },
  },
};
