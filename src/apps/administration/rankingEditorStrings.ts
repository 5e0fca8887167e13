import { defineStrings } from '../../i18n/strings';

export const editorStrings = defineStrings({
  sv: {
    heading: 'Redigera rangordningen',
    intro: 'Ändra ordningen med knapparna Flytta upp och Flytta ner (tangentbord eller mus). Rangerna blir 1, 2, 3 … i den ordning du ser. Varje sparad ändring loggas med vem, när, före och efter i listan Rangordningsändringar.',
    loading: 'Läser in rangordningen…',
    noRights: 'Du kan se rangordningen men inte ändra den. Bara listägarna (gruppen Utbildningsavrop – ägare) ändrar rangordningen; kontakta dem om något behöver rättas.',
    unavailable: 'Rangordningen kan inte redigeras här just nu.',
    areaLabel: 'Rangordning för {area}',
    rank: 'Rang {rank}',
    inactive: 'inte aktiv',
    up: 'Flytta upp',
    down: 'Flytta ner',
    moveUp: 'Flytta upp {supplier}',
    moveDown: 'Flytta ner {supplier}',
    remove: 'Ta bort {supplier} från {area}',
    active: 'Aktiv (får avrop)',
    addLabel: 'Lägg till leverantör i {area}',
    addPlaceholder: 'Välj leverantör',
    add: 'Lägg till',
    save: 'Spara rangordningen för {area}',
    saving: 'Sparar…',
    undo: 'Ångra ändringarna',
    saved: 'Rangordningen för {area} är sparad och loggad.',
    moved: '{supplier} har nu rang {rank}.',
    conflict:
      'Någon ändrade rangordningen eller leverantörerna för {area} medan du redigerade, till exempel direkt i SharePoint-listan. Inget av det skrevs över. Listan nedan visar det som gäller nu; dina ändringar finns kvar i utkastet, så granska dem och spara igen.',
    conflictPartly:
      'Någon ändrade rangordningen för {area} medan du sparade. En del av din ändring hann sparas och loggas, resten inte. Listan visar det som gäller nu; ditt utkast finns kvar, granska och spara igen.',
    logFailed: 'Rangordningen för {area} sparades, men ändringen kunde inte loggas. Spara igen för att logga den, eller be listägarna anteckna ändringen.',
    failed: 'Det gick inte att spara: {message} Inget har gått förlorat; försök igen.',
    none: 'Inga leverantörer i rangordningen.',
    unsaved: 'Ändringar som inte är sparade.'
  },
  en: {
    heading: 'Edit the ranking',
    intro: 'Change the order with the Move up and Move down buttons (keyboard or mouse). The ranks become 1, 2, 3 … in the order shown. Every saved change is logged with who, when, before and after in the Rangordningsändringar list.',
    loading: 'Loading the ranking…',
    noRights: 'You can see the ranking but not change it. Only the list owners (the group Utbildningsavrop – ägare) change the ranking; contact them if something needs fixing.',
    unavailable: 'The ranking cannot be edited here right now.',
    areaLabel: 'Ranking of {area}',
    rank: 'Rank {rank}',
    inactive: 'not active',
    up: 'Move up',
    down: 'Move down',
    moveUp: 'Move up: {supplier}',
    moveDown: 'Move down: {supplier}',
    remove: 'Remove {supplier} from {area}',
    active: 'Active (gets orders)',
    addLabel: 'Add a supplier to {area}',
    addPlaceholder: 'Choose a supplier',
    add: 'Add',
    save: 'Save the ranking of {area}',
    saving: 'Saving…',
    undo: 'Undo the changes',
    saved: 'The ranking of {area} is saved and logged.',
    moved: '{supplier} now has rank {rank}.',
    conflict:
      'Someone changed the ranking or the suppliers of {area} while you were editing, for example directly in the SharePoint list. None of that was overwritten. The list below shows what applies now; your changes are kept in the draft, so review them and save again.',
    conflictPartly:
      'Someone changed the ranking of {area} while you were saving. Part of your change was saved and logged, the rest not. The list shows what applies now; your draft is kept, review it and save again.',
    logFailed: 'The ranking of {area} was saved, but the change could not be logged. Save again to log it, or ask the list owners to note the change.',
    failed: 'Saving failed: {message} Nothing is lost; try again.',
    none: 'No suppliers in the ranking.',
    unsaved: 'Unsaved changes.'
  }
});
