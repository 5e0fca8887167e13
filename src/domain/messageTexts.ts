// The wording of every domain message in Swedish and English. A message is a key and parameters
// (see messages.ts); amounts, dates and lists are written the reader's way (messageFormat.ts).
import { countWord, dateIn, dateTimeIn, dayCount, formatIn, groupDigits, joinIn, Lang2, reasonIn, statusIn } from './messageFormat';
import { asSentence } from './swedishText';

type Value = string | number | boolean | undefined | readonly string[];
type Params = Readonly<Record<string, Value>>;
type Template = (p: Params) => string;

const S = (v: Value): string => (v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v));
const L = (v: Value): readonly string[] => (Array.isArray(v) ? v : v === undefined || v === '' ? [] : [String(v)]);
const n = (v: Value, lang: Lang2): string => groupDigits(Number(v), lang);
const quoted = (items: readonly string[]): string[] => items.map((i) => `"${i}"`);
/** A typed comment as a sentence; a comment marked as data (messages.ts) stays one run of data. */
const sentence = (v: Value): string => {
  const text = S(v);
  const marked = /^\uE000([^\uE001]*)\uE001$/.exec(text);
  return marked ? `\uE000${asSentence(marked[1])}\uE001` : asSentence(text);
};

const FIELD_LABELS: Readonly<Record<string, Record<Lang2, string>>> = {
  unit: { sv: 'Förvaltning/enhet', en: 'Department/unit' },
  contactName: { sv: 'Kontaktpersonens namn', en: 'The contact person\'s name' },
  contactEmail: { sv: 'E-postadressen', en: 'The e-mail address' },
  contactPhone: { sv: 'Telefonnumret', en: 'The phone number' },
  invoiceReference: { sv: 'Fakturareferensen', en: 'The invoice reference' },
  need: { sv: 'Beskrivningen av behovet', en: 'The description of the need' },
  targetGroup: { sv: 'Målgruppen', en: 'The target group' },
  place: { sv: 'Platsen', en: 'The place' },
  adaptationsOther: { sv: 'Beskrivningen av andra anpassningar', en: 'The description of other adaptations' },
  otherInfo: { sv: 'Övrig information', en: 'Other information' },
  actualParticipants: { sv: 'Antal deltagare', en: 'The number of participants' },
  participantsWomen: { sv: 'Antal kvinnor', en: 'The number of women' },
  participantsMen: { sv: 'Antal män', en: 'The number of men' },
  participantsOtherOrUnstated: { sv: 'Antal med annat eller ej angivet kön', en: 'The number with another or unstated gender' },
  evaluationScore: { sv: 'Betyget i utvärderingen', en: 'The evaluation score' }
};
const field = (v: Value, lang: Lang2): string => FIELD_LABELS[S(v)]?.[lang] ?? S(v);

function participantRange(p: Params, lang: Lang2): string {
  const { min, max } = p;
  if (min !== undefined && max !== undefined) return lang === 'sv' ? `${n(min, lang)}–${n(max, lang)} deltagare` : `${n(min, lang)}–${n(max, lang)} participants`;
  if (min !== undefined) return lang === 'sv' ? `minst ${n(min, lang)} deltagare` : `at least ${n(min, lang)} participants`;
  if (max !== undefined) return lang === 'sv' ? `högst ${n(max, lang)} deltagare` : `at most ${n(max, lang)} participants`;
  return '';
}

const ACTION_VERBS: Readonly<Record<string, Record<Lang2, string>>> = {
  sendToSupplier: { sv: 'skicka avropet till leverantören', en: 'send the order to the supplier' },
  recordAcceptance: { sv: 'registrera att leverantören antagit avropet', en: 'record that the supplier accepted the order' },
  moveToNextSupplier: { sv: 'flytta avropet till nästa leverantör', en: 'move the order to the next supplier' },
  completeOrder: { sv: 'markera avropet som genomfört', en: 'mark the order as completed' },
  cancelOrder: { sv: 'avbryta avropet', en: 'cancel the order' },
  correctAnswer: { sv: 'rätta leverantörens svar', en: 'correct the supplier\'s answer' }
};

/** "Prové (rang 2)": a supplier and, when known, its rank. */
function supplierWithRank(name: Value, rank: Value, lang: Lang2): string {
  if (rank === undefined || rank === '') return S(name);
  return `${S(name)} (${lang === 'sv' ? 'rang' : 'rank'} ${S(rank)})`;
}

function reasonSentence(p: Params, lang: Lang2): string {
  const from = supplierWithRank(p.from, p.fromRank, lang);
  const comment = S(p.comment);
  if (lang === 'sv') {
    const note = comment ? ` Kommentar: ${sentence(comment)}` : '';
    switch (p.reason) {
      case 'Avböjt: saknar kapacitet':
        return `${from} avböjde eftersom leverantören inte har kapacitet.${note}`;
      case 'Avböjt: kan inte starta i tid':
        return `${from} avböjde eftersom leverantören inte kan starta i tid.${note}`;
      case 'Inget svar före svarstiden':
        return `${from} svarade inte före svarstiden.${note}`;
      case 'Annat':
        return `${from} hoppades över.${comment ? ` Motivering: ${sentence(comment)}` : ''}`;
      default:
        return `Avropet lämnade ${from}.${note}`;
    }
  }
  const note = comment ? ` Comment: ${sentence(comment)}` : '';
  switch (p.reason) {
    case 'Avböjt: saknar kapacitet':
      return `${from} declined for lack of capacity.${note}`;
    case 'Avböjt: kan inte starta i tid':
      return `${from} declined because it cannot start in time.${note}`;
    case 'Inget svar före svarstiden':
      return `${from} did not answer by the deadline.${note}`;
    case 'Annat':
      return `${from} was skipped.${comment ? ` Justification: ${sentence(comment)}` : ''}`;
    default:
      return `The order left ${from}.${note}`;
  }
}

function both(sv: Template, en: Template): Record<Lang2, Template> {
  return { sv, en };
}

export const MESSAGE_TEXTS = {
  // Dates and times that reach the rules unreadable.
  'time.invalidInstant': both(() => 'Tidpunkten är inte giltig.', () => 'The point in time is not valid.'),
  'time.invalidDateTime': both(() => 'Datumet eller klockslaget är inte giltigt.', () => 'The date or time of day is not valid.'),
  'time.invalidDate': both(
    (p) => `"${S(p.value)}" är inte ett giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD.`,
    (p) => `"${S(p.value)}" is not a valid date. Write the date as YYYY-MM-DD.`
  ),
  'time.invalidYear': both(
    (p) => `Årtalet ${S(p.year)} kan inte användas. Ange ett årtal från 1753 till 9999.`,
    (p) => `The year ${S(p.year)} cannot be used. Give a year from 1753 to 9999.`
  ),
  'time.todayMissing': both(() => 'Dagens datum saknas eller är ogiltigt.', () => 'Today\'s date is missing or not valid.'),
  'reference.year': both(
    (p) => `Årtalet i en avropsreferens måste ha fyra siffror (fick ${S(p.year)}).`,
    (p) => `The year in an order reference must have four digits (got ${S(p.year)}).`
  ),
  'reference.serial': both(
    (p) => `Löpnumret i en avropsreferens måste vara ett heltal från 1 (fick ${S(p.serial)}).`,
    (p) => `The serial number in an order reference must be a whole number from 1 (got ${S(p.serial)}).`
  ),
  'reference.invalid': both(
    (p) => `"${S(p.reference)}" är ingen giltig avropsreferens (till exempel AVR-2026-0001).`,
    (p) => `"${S(p.reference)}" is not a valid order reference (for example AVR-2026-0001).`
  ),
  'deadline.responseHours': both(
    (p) => `Svarstiden måste vara ett helt antal timmar mellan ${n(p.min, 'sv')} och ${n(p.max, 'sv')}.`,
    (p) => `The response time must be a whole number of hours from ${n(p.min, 'en')} to ${n(p.max, 'en')}.`
  ),

  // Whether an area takes orders.
  'area.none': both(() => 'Välj vilket avtalsområde avropet gäller.', () => 'Choose the agreement area the order is for.'),
  'area.unknown': both(
    () => 'Avtalsområdet finns inte i katalogen. Välj ett avtalsområde i listan.',
    () => 'The agreement area is not in the catalogue. Choose an agreement area in the list.'
  ),
  'area.coming': both(
    (p) => `${S(p.area)} går inte att avropa än. Avtalsområdet är på gång och mer information kommer.`,
    (p) => `${S(p.area)} cannot be ordered yet. The agreement area is on its way and more information will follow.`
  ),
  'area.ended': both(
    (p) => `Avtalet för ${S(p.area)} har upphört, så det går inte längre att avropa.`,
    (p) => `The agreement for ${S(p.area)} has ended, so it can no longer be ordered.`
  ),
  'area.closed': both((p) => `${S(p.area)} är stängt för avrop just nu.`, (p) => `${S(p.area)} is closed for orders right now.`),
  'area.rankingUnhealthy': both(
    (p) =>
      `${S(p.area)} tar inte emot avrop just nu eftersom rangordningen inte går att följa: ${S(p.problems)} Kontakta listägarna för Utbildningsavrop (gruppen Utbildningsavrop – ägare).`,
    (p) =>
      `${S(p.area)} takes no orders right now because its ranking of suppliers cannot be followed. Contact the list owners of Utbildningsavrop (the group Utbildningsavrop – ägare).`
  ),
  'area.noSuppliers': both(
    (p) => `${S(p.area)} har just nu ingen leverantör som kan ta emot avrop. Kontakta avropshandläggarna.`,
    (p) => `${S(p.area)} has no supplier that can take orders right now. Contact the order handlers.`
  ),

  // The order form.
  'form.organisationRequired': both(() => 'Välj vilken organisation du beställer utbildningen för.', () => 'Choose the organisation you are ordering the training for.'),
  'form.organisationUnknown': both(
    () => 'Den valda organisationen finns inte i listan. Välj en organisation i listan.',
    () => 'The chosen organisation is not in the list. Choose an organisation in the list.'
  ),
  'form.organisationInactive': both(
    (p) => `${S(p.organisation)} kan inte längre avropa från ramavtalet. Välj en annan organisation eller kontakta avropshandläggarna.`,
    (p) => `${S(p.organisation)} can no longer order under the framework agreement. Choose another organisation or contact the order handlers.`
  ),
  'form.unitRequired': both(() => 'Skriv vilken förvaltning eller enhet utbildningen gäller.', () => 'Write which department or unit the training is for.'),
  'form.contactNameRequired': both(() => 'Skriv namnet på en kontaktperson som leverantören kan nå.', () => 'Write the name of a contact person the supplier can reach.'),
  'form.contactEmailRequired': both(() => 'Skriv kontaktpersonens e-postadress.', () => 'Write the contact person\'s e-mail address.'),
  'form.contactEmailInvalid': both(
    () => 'E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se, utan mellanslag.',
    () => 'The e-mail address does not look right. Write it as name@example.com, without spaces.'
  ),
  'form.phoneCharacters': both(
    () => 'Telefonnumret får bara innehålla siffror, mellanslag och tecknen + - ( ).',
    () => 'The phone number may only contain digits, spaces and the characters + - ( ).'
  ),
  'form.phoneDigits': both(() => 'Telefonnumret måste innehålla siffror.', () => 'The phone number must contain digits.'),
  'form.invoiceReferenceRequired': both(
    () => 'Skriv fakturareferens eller kostnadsställe, så att fakturan hamnar rätt.',
    () => 'Write the invoice reference or cost centre, so that the invoice reaches the right place.'
  ),
  'form.tooLong': both(
    (p) => `${field(p.field, 'sv')} får vara högst ${n(p.max, 'sv')} tecken. Nu är det ${n(p.length, 'sv')} tecken.`,
    (p) => `${field(p.field, 'en')} may be at most ${n(p.max, 'en')} characters. Now it is ${n(p.length, 'en')} characters.`
  ),
  'form.trainingAreaGone': both(
    () => 'Ett av de valda utbildningsområdena finns inte längre. Välj utbildningsområden på nytt.',
    () => 'One of the chosen training areas no longer exists. Choose the training areas again.'
  ),
  'form.trainingAreaOtherArea': both(
    (p) => `Utbildningsområdet "${S(p.trainingArea)}" hör inte till ${S(p.area)}. Välj utbildningsområden inom ${S(p.area)}.`,
    (p) => `The training area "${S(p.trainingArea)}" does not belong to ${S(p.area)}. Choose training areas within ${S(p.area)}.`
  ),
  'form.courseGone': both(
    () => 'Kursen finns inte längre. Välj en kurs i listan eller lämna fältet tomt.',
    () => 'The course no longer exists. Choose a course in the list or leave the field empty.'
  ),
  'form.courseOtherArea': both(
    (p) => `Kursen "${S(p.course)}" hör inte till ${S(p.area)}. Välj en kurs inom ${S(p.area)} eller lämna fältet tomt.`,
    (p) => `The course "${S(p.course)}" does not belong to ${S(p.area)}. Choose a course within ${S(p.area)} or leave the field empty.`
  ),
  'form.needRequired': both(
    () => 'Beskriv behovet: vad ska deltagarna kunna eller göra annorlunda efter utbildningen?',
    () => 'Describe the need: what should the participants be able to do, or do differently, after the training?'
  ),
  'form.targetGroupRequired': both(
    () => 'Skriv vilka som ska gå utbildningen, till exempel "chefer i första linjen".',
    () => 'Write who will take the training, for example "first-line managers".'
  ),
  'form.participantsRange': both(
    (p) => `Antal deltagare ska vara ett heltal från ${n(p.min, 'sv')} till ${n(p.max, 'sv')}.${p.tooMany ? ' Gäller utbildningen fler personer, gör flera avrop.' : ''}`,
    (p) => `The number of participants must be a whole number from ${n(p.min, 'en')} to ${n(p.max, 'en')}.${p.tooMany ? ' If the training is for more people, place several orders.' : ''}`
  ),
  'form.formatRequired': both(
    (p) => `Välj hur utbildningen ska genomföras: ${joinIn('sv', L(p.formats).map((f) => formatIn(f, 'sv')), true)}.`,
    (p) => `Choose how the training is to be given: ${joinIn('en', L(p.formats).map((f) => formatIn(f, 'en')), true)}.`
  ),
  'form.periodFromRequired': both(() => 'Ange från vilket datum utbildningen tidigast kan starta.', () => 'Give the earliest date the training can start.'),
  'form.periodFromInvalid': both(
    () => 'Periodens startdatum är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD.',
    () => 'The start of the period is not a valid date. Write it as day, month and year, for example 10 Dec 2026, or as 2026-12-10.'
  ),
  'form.periodFromNotAfterToday': both(
    () => 'Perioden måste börja efter i dag, eftersom leverantören behöver tid att planera utbildningen.',
    () => 'The period must start after today, because the supplier needs time to plan the training.'
  ),
  'form.periodFromTooFar': both(
    (p) => `Perioden kan börja högst ${countWord(Number(p.years), 'sv')} år fram i tiden, alltså senast ${dateIn(S(p.latest), 'sv')}.`,
    (p) => `The period can start at most ${countWord(Number(p.years), 'en')} years ahead, that is on ${dateIn(S(p.latest), 'en')} at the latest.`
  ),
  'form.periodToRequired': both(() => 'Ange till vilket datum utbildningen senast ska vara genomförd.', () => 'Give the date by which the training must have been given.'),
  'form.periodToInvalid': both(
    () => 'Periodens slutdatum är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD.',
    () => 'The end of the period is not a valid date. Write it as day, month and year, for example 10 Dec 2026, or as 2026-12-10.'
  ),
  'form.periodToBeforeFrom': both(() => 'Periodens slutdatum kan inte vara före startdatumet.', () => 'The end of the period cannot be before its start.'),
  'form.adaptationUnknown': both(
    (p) => `"${S(p.adaptation)}" är inte en anpassning som går att välja.`,
    (p) => `"${S(p.adaptation)}" is not an adaptation that can be chosen.`
  ),
  'form.adaptationsOtherRequired': both(
    () => 'Du har valt "Annat" under anpassningar. Beskriv vilken anpassning som behövs.',
    () => 'You chose "Other" under adaptations. Describe the adaptation that is needed.'
  ),
  'form.participantsOutsideCourse': both(
    (p) =>
      `${S(p.course)} är upplagd för ${participantRange(p, 'sv')}, och ni har angett ${n(p.participants, 'sv')}. Leverantören kan behöva dela upp gruppen eller föreslå ett annat upplägg.`,
    (p) =>
      `${S(p.course)} is designed for ${participantRange(p, 'en')}, and you have given ${n(p.participants, 'en')}. The supplier may need to split the group or suggest another set-up.`
  ),
  'form.periodShorterThanCourse': both(
    (p) => `${S(p.course)} pågår ${dayCount(Number(p.days), 'sv')}, men perioden ni angett är ${dayCount(Number(p.length), 'sv')}. Ange en längre period om det går.`,
    (p) => `${S(p.course)} takes ${dayCount(Number(p.days), 'en')}, but the period you gave is ${dayCount(Number(p.length), 'en')}. Give a longer period if you can.`
  ),
  'form.healthDetails': both(
    (p) =>
      `Texten verkar innehålla uppgifter om hälsa (${joinIn('sv', quoted(L(p.words)))}). Skriv inte diagnoser eller andra hälsouppgifter i avropet. Beskriv i stället vilken anpassning som behövs, till exempel "pauser varje timme" eller "material i förväg".`,
    (p) =>
      `The text seems to contain health details (${joinIn('en', quoted(L(p.words)))}). Do not write diagnoses or other health details in the order. Describe the adaptation that is needed instead, for example "a break every hour" or "material in advance".`
  ),

  // What the form says about a course when it is chosen.
  'course.participants': both(
    (p) => `Kursen är upplagd för ${participantRange(p, 'sv')}${p.unacquainted ? ' som inte känner varandra sedan tidigare' : ''}.`,
    (p) => `The course is designed for ${participantRange(p, 'en')}${p.unacquainted ? ' who do not know each other beforehand' : ''}.`
  ),
  'course.days': both(
    (p) => `Kursen pågår ${dayCount(Number(p.days), 'sv')}${p.residential ? `${Number(p.days) > 1 ? ' i följd' : ''} på internat` : ''}.`,
    (p) => `The course takes ${dayCount(Number(p.days), 'en')}${p.residential ? `${Number(p.days) > 1 ? ' in a row' : ''}, residential` : ''}.`
  ),
  'course.residential': both(() => 'Kursen genomförs på internat.', () => 'The course is residential.'),
  'course.requirement': both((p) => sentence(p.requirement), (p) => sentence(p.requirement)),
  'course.earlier': both(
    () => 'Utbildningen har getts i regionen tidigare och kan anpassas efter era behov.',
    () => 'The training has been given in the region before and can be adapted to your needs.'
  ),

  // Changes to an order.
  'order.nowMissing': both(() => 'Tidpunkten för ändringen saknas eller är ogiltig.', () => 'The time of the change is missing or not valid.'),
  'order.userMissing': both(() => 'Det saknas uppgift om vem som gör ändringen.', () => 'It is not known who is making the change.'),
  'order.requestKeyMissing': both(
    () => 'Avropet saknar sin interna nyckel och kan inte sparas. Försök skicka igen.',
    () => 'The order lacks its internal key and cannot be saved. Try sending it again.'
  ),
  'order.wrongStatus': both(
    (p) =>
      `Det går inte att ${ACTION_VERBS[S(p.action)]?.sv ?? S(p.action)} när det har status "${statusIn(S(p.status), 'sv')}". Det går bara när status är ${joinIn('sv', quoted(L(p.allowed).map((s) => statusIn(s, 'sv'))), true)}.`,
    (p) =>
      `You cannot ${ACTION_VERBS[S(p.action)]?.en ?? S(p.action)} while its status is "${statusIn(S(p.status), 'en')}". That is only possible when the status is ${joinIn('en', quoted(L(p.allowed).map((s) => statusIn(s, 'en'))), true)}.`
  ),
  'order.noSupplier': both(() => 'Avropet har ingen tilldelad leverantör att skicka till.', () => 'The order has no assigned supplier to send it to.'),
  'order.startDateInvalid': both(() => 'Ange startdatum som ett giltigt datum (ÅÅÅÅ-MM-DD).', () => 'Give the start date as a valid date, for example 10 Dec 2026 or 2026-12-10.'),
  'order.startDatePassed': both(
    (p) => `Startdatumet ${dateIn(S(p.date), 'sv')} har redan passerat. Ange ett datum från och med i dag.`,
    (p) => `The start date ${dateIn(S(p.date), 'en')} has already passed. Give a date from today on.`
  ),
  'order.startFarAhead': both(
    (p) => `Utbildningen startar ${dateIn(S(p.date), 'sv')}, mer än ${n(p.days, 'sv')} dagar efter att avropet antogs. Kontrollera att startdatumet stämmer med leverantörens svar.`,
    (p) => `The training starts on ${dateIn(S(p.date), 'en')}, more than ${n(p.days, 'en')} days after the order was accepted. Check that the start date matches the supplier's answer.`
  ),
  'order.answeredLate': both(
    (p) => `Leverantören svarade efter svarstiden (svar senast ${dateTimeIn(S(p.deadline), 'sv')}). Avropet registreras som antaget ändå.`,
    (p) => `The supplier answered after the deadline (answer due by ${dateTimeIn(S(p.deadline), 'en')}). The order is recorded as accepted anyway.`
  ),
  'order.startOutsidePeriod': both(
    (p) => `Startdatumet ligger utanför den period som beställaren önskade (${dateIn(S(p.from), 'sv')}–${dateIn(S(p.to), 'sv')}). Stäm av med beställaren.`,
    (p) => `The start date is outside the period the orderer asked for (${dateIn(S(p.from), 'en')}–${dateIn(S(p.to), 'en')}). Check with the orderer.`
  ),
  'order.startBeforeAnswer': both(
    (p) => `Startdatumet ${dateIn(S(p.date), 'sv')} ligger före leverantörens svar (${dateIn(S(p.answered), 'sv')}). Ange ett datum från och med svarsdagen.`,
    (p) => `The start date ${dateIn(S(p.date), 'en')} is before the supplier's answer (${dateIn(S(p.answered), 'en')}). Give a date from the day of the answer on.`
  ),
  'order.answerDayInvalid': both(() => 'Ange svarsdagen som ett giltigt datum (ÅÅÅÅ-MM-DD).', () => 'Give the day of the answer as a valid date, for example 10 Dec 2026 or 2026-12-10.'),
  'order.answerDayAhead': both(
    (p) => `Svarsdagen ${dateIn(S(p.date), 'sv')} har inte kommit än. Ange den dag leverantören svarade.`,
    (p) => `The day of the answer, ${dateIn(S(p.date), 'en')}, has not come yet. Give the day the supplier answered.`
  ),
  'order.answerDayBeforeSent': both(
    (p) => `Svarsdagen ${dateIn(S(p.date), 'sv')} ligger före den dag avropet skickades (${dateIn(S(p.sent), 'sv')}).`,
    (p) => `The day of the answer, ${dateIn(S(p.date), 'en')}, is before the day the order was sent (${dateIn(S(p.sent), 'en')}).`
  ),
  'order.confirmBeforeStart': both(
    (p) => `Utbildningen skulle enligt planen starta ${dateIn(S(p.date), 'sv')}, alltså efter i dag. Bekräfta att den redan är genomförd, eller vänta till efter start.`,
    (p) => `The training was planned to start on ${dateIn(S(p.date), 'en')}, which is after today. Confirm that it has already been given, or wait until after the start.`
  ),
  'order.nothingToCorrect': both(
    () => 'Det finns inget svar att rätta. Ett svar kan rättas så länge inget har hänt efter det: ett antagande innan avropet är genomfört, ett avböjande innan nästa leverantör har svarat.',
    () => 'There is no answer to correct. An answer can be corrected as long as nothing has happened after it: an acceptance before the order is completed, a decline before the next supplier has answered.'
  ),
  'order.correctionJustification': both(
    (p) => `Skriv varför svaret rättas (minst ${n(p.min, 'sv')} tecken).`,
    (p) => `Write why the answer is corrected (at least ${n(p.min, 'en')} characters).`
  ),
  'order.chooseDeclineReason': both(
    (p) => `Välj varför leverantören inte tog avropet: ${joinIn('sv', quoted(L(p.reasons).map((r) => reasonIn(r, 'sv'))), true)}.`,
    (p) => `Choose why the supplier did not take the order: ${joinIn('en', quoted(L(p.reasons).map((r) => reasonIn(r, 'en'))), true)}.`
  ),
  'order.noMoreSuppliersTold': both(
    () => 'Det finns ingen fler leverantör i rangordningen. Avropet kan inte gå vidare; beställaren får veta det med nästa möjliga steg.',
    () => 'There is no further supplier in the ranking. The order cannot move on; the orderer is told so, with the next possible step.'
  ),
  'order.startFarAfterAnswer': both(
    (p) => `Utbildningen startar ${dateIn(S(p.date), 'sv')}, mer än ${n(p.days, 'sv')} dagar efter leverantörens svar. Kontrollera att startdatumet stämmer.`,
    (p) => `The training starts on ${dateIn(S(p.date), 'en')}, more than ${n(p.days, 'en')} days after the supplier's answer. Check that the start date is right.`
  ),
  'order.chooseReason': both(
    (p) => `Välj ett av skälen ${joinIn('sv', quoted(L(p.reasons).map((r) => reasonIn(r, 'sv'))), true)}.`,
    (p) => `Choose one of the reasons ${joinIn('en', quoted(L(p.reasons).map((r) => reasonIn(r, 'en'))), true)}.`
  ),
  'order.justifyOther': both(
    (p) => `Skälet "Annat" måste motiveras. Skriv varför avropet ska gå vidare från ${S(p.supplier)} (minst ${n(p.min, 'sv')} tecken).`,
    (p) => `The reason "Other" must be justified. Write why the order should move on from ${S(p.supplier)} (at least ${n(p.min, 'en')} characters).`
  ),
  'order.notSentYet': both(
    (p) =>
      `${S(p.supplier)} har inte fått avropet än och ${p.decline ? 'kan därför inte ha avböjt' : 'kan därför inte ha missat svarstiden'}. Skicka avropet först, eller välj skälet "Annat" och motivera varför leverantören hoppas över.`,
    (p) =>
      `${S(p.supplier)} has not received the order yet and so ${p.decline ? 'cannot have declined' : 'cannot have missed the deadline'}. Send the order first, or choose the reason "Other" and justify why the supplier is skipped.`
  ),
  'order.noDeadline': both(
    () => 'Avropet saknar svarstid, så det går inte att säga att svarstiden har gått ut. Välj skälet "Annat" och motivera.',
    () => 'The order has no answer deadline, so it cannot be said that the deadline has passed. Choose the reason "Other" and justify it.'
  ),
  'order.deadlineNotPassed': both(
    (p) => `Svarstiden för ${S(p.supplier)} har inte gått ut än. Den går ut ${dateTimeIn(S(p.deadline), 'sv')}.`,
    (p) => `The answer deadline for ${S(p.supplier)} has not passed yet. It passes on ${dateTimeIn(S(p.deadline), 'en')}.`
  ),
  'order.commentTooLong': both(
    (p) => `Motiveringen får vara högst ${n(p.max, 'sv')} tecken.`,
    (p) => `The justification may be at most ${n(p.max, 'en')} characters.`
  ),
  'order.supplierNotInRanking': both(
    () => 'Avropets leverantör finns inte i avropets rangordning, så det går inte att avgöra vem som är nästa leverantör.',
    () => 'The order\'s supplier is not in the order\'s ranking, so there is no telling who the next supplier is.'
  ),
  'order.noMoreSuppliers': both(
    () => 'Det finns ingen fler leverantör i rangordningen. Avropet kan inte gå vidare; kontakta beställaren om hur behovet ska lösas.',
    () => 'There is no further supplier in the ranking. The order cannot move on; contact the orderer about how the need can be met.'
  ),
  'order.countRange': both(
    (p) => `${field(p.field, 'sv')} ska vara ett heltal från ${n(p.min, 'sv')} till ${n(p.max, 'sv')}.`,
    (p) => `${field(p.field, 'en')} must be a whole number from ${n(p.min, 'en')} to ${n(p.max, 'en')}.`
  ),
  'order.participantsRequired': both(() => 'Ange hur många som deltog i utbildningen.', () => 'Give how many took part in the training.'),
  'order.genderSumTooHigh': both(
    (p) => `Antalet deltagare per kön (sammanlagt ${n(p.sum, 'sv')}) kan inte vara fler än antalet deltagare (${n(p.total, 'sv')}).`,
    (p) => `The participants by gender (${n(p.sum, 'en')} in all) cannot be more than the number of participants (${n(p.total, 'en')}).`
  ),
  'order.genderSumLow': both(
    (p) => `Deltagarna per kön blir sammanlagt ${n(p.sum, 'sv')}, men antalet deltagare är ${n(p.total, 'sv')}. Kontrollera siffrorna.`,
    (p) => `The participants by gender add up to ${n(p.sum, 'en')}, but the number of participants is ${n(p.total, 'en')}. Check the figures.`
  ),
  'order.completedBeforeStart': both(
    (p) => `Utbildningen skulle enligt planen starta ${dateIn(S(p.date), 'sv')}, alltså efter i dag. Kontrollera att det är rätt avrop.`,
    (p) => `The training was planned to start on ${dateIn(S(p.date), 'en')}, which is after today. Check that this is the right order.`
  ),
  'order.acceptedNoCancel': both(
    () => 'Avropet är redan antaget av leverantören och kan inte avbrytas här. Kontakta leverantören och avropshandläggarna.',
    () => 'The supplier has already accepted the order, so it cannot be cancelled here. Contact the supplier and the order handlers.'
  ),
  'order.cancelReasonShort': both(
    (p) => `Skriv varför avropet avbryts (minst ${n(p.min, 'sv')} tecken).`,
    (p) => `Write why the order is cancelled (at least ${n(p.min, 'en')} characters).`
  ),
  'order.cancelReasonLong': both((p) => `Skälet får vara högst ${n(p.max, 'sv')} tecken.`, (p) => `The reason may be at most ${n(p.max, 'en')} characters.`),

  // The order's history in plain words.
  'trail.created': both(
    (p) => (p.to ? `Avropet registrerades och går först till ${supplierWithRank(p.to, p.toRank, 'sv')} enligt rangordningen.` : 'Avropet registrerades.'),
    (p) => (p.to ? `The order was registered and goes first to ${supplierWithRank(p.to, p.toRank, 'en')} as the ranking says.` : 'The order was registered.')
  ),
  'trail.sent': both(
    (p) => `Avropet skickades till ${supplierWithRank(p.to, p.toRank, 'sv')}.${p.deadline ? ` Svar senast ${dateTimeIn(S(p.deadline), 'sv')}.` : ''}`,
    (p) => `The order was sent to ${supplierWithRank(p.to, p.toRank, 'en')}.${p.deadline ? ` Answer due by ${dateTimeIn(S(p.deadline), 'en')}.` : ''}`
  ),
  'trail.accepted': both(
    (p) => `${supplierWithRank(p.to, p.toRank, 'sv')} antog avropet.${p.startDate ? ` Utbildningen planeras starta ${dateIn(S(p.startDate), 'sv')}.` : ''}`,
    (p) => `${supplierWithRank(p.to, p.toRank, 'en')} accepted the order.${p.startDate ? ` The training is planned to start on ${dateIn(S(p.startDate), 'en')}.` : ''}`
  ),
  'trail.moved': both(
    (p) => `${reasonSentence(p, 'sv')} Avropet gick vidare till ${supplierWithRank(p.to, p.toRank, 'sv')}.`,
    (p) => `${reasonSentence(p, 'en')} The order moved on to ${supplierWithRank(p.to, p.toRank, 'en')}.`
  ),
  'trail.noSupplier': both(
    (p) => `${reasonSentence(p, 'sv')} Det finns ingen fler leverantör i rangordningen, så avropet kunde inte tilldelas någon leverantör.`,
    (p) => `${reasonSentence(p, 'en')} There is no further supplier in the ranking, so the order could not be given to any supplier.`
  ),
  'trail.completed': both(() => 'Utbildningen markerades som genomförd.', () => 'The training was marked as completed.'),
  'trail.cancelled': both(
    (p) => (p.comment ? `Avropet avbröts. Skäl: ${sentence(p.comment)}` : 'Avropet avbröts.'),
    (p) => (p.comment ? `The order was cancelled. Reason: ${sentence(p.comment)}` : 'The order was cancelled.')
  ),
  'trail.corrected': both(
    (p) => {
      const why = p.comment ? ` Motivering: ${sentence(p.comment)}` : '';
      if (p.accepted) {
        const start = p.startDate ? ` Utbildningen planeras starta ${dateIn(S(p.startDate), 'sv')}.` : '';
        return `Svaret rättades: ${supplierWithRank(p.to, p.toRank, 'sv')} hade antagit avropet, inte avböjt.${start}${why}`;
      }
      const onward = p.to ? `Avropet gick vidare till ${supplierWithRank(p.to, p.toRank, 'sv')}.` : 'Det finns ingen fler leverantör i rangordningen.';
      return `Svaret rättades: ${supplierWithRank(p.from, p.fromRank, 'sv')} hade inte antagit avropet. ${onward}${why}`;
    },
    (p) => {
      const why = p.comment ? ` Justification: ${sentence(p.comment)}` : '';
      if (p.accepted) {
        const start = p.startDate ? ` The training is planned to start on ${dateIn(S(p.startDate), 'en')}.` : '';
        return `The answer was corrected: ${supplierWithRank(p.to, p.toRank, 'en')} had accepted the order, not declined it.${start}${why}`;
      }
      const onward = p.to ? `The order moved on to ${supplierWithRank(p.to, p.toRank, 'en')}.` : 'There is no further supplier in the ranking.';
      return `The answer was corrected: ${supplierWithRank(p.from, p.fromRank, 'en')} had not accepted the order. ${onward}${why}`;
    }
  ),
  'trail.other': both(() => '', () => '')
} satisfies Record<string, Record<Lang2, Template>>;

export type MessageKey = keyof typeof MESSAGE_TEXTS;

/** For tests and the scan: every key with both wordings. */
export const MESSAGE_KEYS = Object.keys(MESSAGE_TEXTS) as MessageKey[];

