// The communications office's inventory of every official account. Takes over `inventory` from core.ts.
export const inventory = {
  inventory: {
    title: 'Inventaris',
    officeNote: 'Bericht van {{by}} bij het archiveren',
    officeNoteEmpty: '(geen toelichting)',
    emptyTitle: 'De inventaris is leeg',
    emptyBody:
      'Hier houdt de communicatieafdeling alle officiële accounts van de school bij: platform, eigenaar, leidinggevende, status en einddatum. Pagina’s komen hier na een goedgekeurde aanvraag of een import.',
    intro: 'Alle officiële accounts van de school. Zoek, filter en sorteer; exporteer naar CSV of JSON; importeer bestaande accounts uit een CSV-bestand.',
    noAccess: 'De inventaris is voor Communicatie, Directie en Beheer.',
    filters: 'Zoeken en filteren',
    search: 'Zoeken',
    searchHint: 'Naam, gebruikersnaam, doel, webadres of een persoon',
    all: 'Alle',
    count_one: '{{count}} pagina',
    count_other: '{{count}} pagina’s',
    noMatch: 'Geen pagina’s gevonden met deze zoekterm of filters.',
    more: 'Meer tonen ({{shown}} van {{total}})',
    sortBy: 'Sorteer op {{column}}',
    exportCsv: 'Exporteren naar CSV',
    exportJson: 'Exporteren naar JSON',
    exported_one: '{{count}} pagina geëxporteerd naar {{file}}.',
    exported_other: '{{count}} pagina’s geëxporteerd naar {{file}}.',
    import: 'Importeren uit CSV',
    importTitle: 'Bestaande accounts importeren',
  },
};
