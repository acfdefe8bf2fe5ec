import { core } from './core';

// Menu entries and the settings tab for the lifecycle sections, and texts the page view borrows
// (history lines of archive steps and end-date changes, the lifecycle card on a page).
export const lifecycle = {
  nav: { ...core.nav, exemptions: 'Uitzonderingen', reports: 'Overzicht' },
  settings: { ...core.settings, tabs: { ...core.settings.tabs, reminders: 'Herinneringen' } },
  lifecycle: {
    history: {
      archiveStep: 'Archiveerstap vastgelegd',
      archiveStepSkip: 'Archiveerstap overgeslagen',
      endDateRequest: 'Verlenging van de einddatum gevraagd',
      endDateApprove: 'Einddatum verlengd',
      endDateReject: 'Verlenging van de einddatum afgewezen',
      endDateWithdraw: 'Verlenging van de einddatum ingetrokken',
      token: { remove: 'Toegangssleutel verwijderd', set: 'Toegangssleutel opgeslagen' },
      connection: { update: 'Koppeling gewijzigd' },
    },
    card: {
      title: 'Levensloop (B3)',
      endDate: 'Einddatum',
      ongoing: 'geen (doorlopend)',
      ownActivity: 'Laatste bericht van de pagina zelf',
      ownActivityUnknown: 'onbekend — dit platform laat het niet zien, of er is nog niet opgehaald',
      credentials: 'Toegangssleutel verloopt',
      credentialsUnknown: 'het platform meldt het niet',
      reminders: 'Open herinneringen',
      remindersNone: 'Geen',
      extend: 'Einddatum verlengen',
      pendingExtension: 'Verlenging tot {{date}} wacht op {{manager}}.',
    },
  },
};
