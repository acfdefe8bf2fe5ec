import { POLL_ERROR_TEXT } from '../messages/poll-errors';
import { connectorCatalogue } from '../messages/connector-steps';

const pick = <T extends Record<string, { nl: string; en: string }>>(table: T, lang: 'nl' | 'en') =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[lang]])) as { [K in keyof T]: string };

export const connections = {
  poll: { error: pick(POLL_ERROR_TEXT, 'nl') },
  connector: connectorCatalogue('nl'),
  notifications: {
    urgentTitle: 'Dringende melding',
    urgentBodyOne: 'Er staat een dringende melding op {{page}}. Open Paginawacht.',
    urgentBodyMany: 'Er staan {{count}} dringende meldingen op {{page}}. Open Paginawacht.',
  },
  connections: {
    title: 'Koppeling',
    intro: 'Zo haalt Paginawacht op wat anderen op deze pagina plaatsen.',
    unsupported: 'Voor dit platform heeft Paginawacht geen koppeling: controleer de pagina met de hand.',
    notMonitoredYet: 'Paginawacht haalt pas berichten op als de pagina is goedgekeurd en gekoppeld.',
    monitored: 'Paginawacht volgt deze pagina.',
    token: 'Toegangssleutel',
    tokenHint: 'De sleutel (access token) van het account van de pagina zelf. Hij wordt bewaard in de sleutelbos van je computer, nooit in de database.',
    tokenFileHint: 'In browsermodus wordt de sleutel bewaard in een bestand dat alleen jij kunt lezen (niet versleuteld).',
    tokenStored: 'Sleutel opgeslagen ({{store}}).',
    tokenMissing: 'Nog geen sleutel opgeslagen.',
    tokenStores: { keychain: 'sleutelbos van de computer', file: 'bestand alleen voor jou leesbaar' },
    saveToken: 'Sleutel opslaan',
    removeToken: 'Sleutel verwijderen',
    verify: 'Koppeling testen',
    verified: 'De sleutel werkt: hij hoort bij {{handle}}.',
    pollNow: 'Nu ophalen',
    pollResult: '{{fetched}} opgehaald, {{inserted}} nieuw.',
    interval: 'Ophalen elke (minuten)',
    health: 'Gezondheid',
    lastSuccess: 'Laatst gelukt',
    lastPoll: 'Laatst geprobeerd',
    nextPoll: 'Volgende keer',
    lastError: 'Laatste fout',
    never: 'nog nooit',
    items: 'Opgeslagen meldingen',
    failures: '{{count}} keer achter elkaar mislukt',
    reach: 'Wat Paginawacht ziet',
    capabilities: 'Wat kan Paginawacht hier',
    canHide: 'Reacties verbergen',
    canDelete: 'Reacties verwijderen',
    manualSteps: 'Met de hand',
    errors: {
      notKeeper: 'Alleen de eigenaar, reserve-eigenaar of beheer kan de koppeling wijzigen.',
      noTokenNeeded: 'Dit platform gebruikt geen sleutel.',
      baseUrlAdmin: 'Alleen beheer kan het adres van het platform wijzigen.',
      unsupported: 'Voor dit platform is er geen koppeling.',
      badBaseUrl: 'Dit is geen geldig adres.',
      notMonitored: 'Alleen goedgekeurde, gekoppelde pagina’s worden opgehaald.',
      noPoller: 'In dit venster draait het ophalen niet.',
    },
  },
};
