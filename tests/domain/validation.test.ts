import { courseGuidance, FieldError, healthDetailWords, OrderRequest, ORDER_FIELD_MAX_LENGTHS, orderValidationLimits, validateOrderRequest } from '../../src/domain';
import { AREAS, ORDERS } from '../../src/schema/lists';
import { catalogue, TODAY, validRequest } from './fixtures';

function check(overrides: Partial<OrderRequest>, c = catalogue(), today = TODAY) {
  return validateOrderRequest(validRequest(overrides), c, today);
}

const messagesFor = (list: FieldError[], field: keyof OrderRequest): string[] => list.filter((e) => e.field === field).map((e) => e.message);
/** Field and Swedish wording only; `text` (key and parameters) is checked in messages.test.ts. */
const worded = (list: FieldError[]): Array<Pick<FieldError, 'field' | 'message'>> => list.map(({ field, message }) => ({ field, message }));

describe('validateOrderRequest', () => {
  it('accepts a complete, sound request without errors or warnings', () => {
    expect(check({})).toEqual({ errors: [], warnings: [] });
  });

  it('accepts an empty phone number, place, course and adaptations', () => {
    expect(check({ contactPhone: '', place: '', courseKey: '', adaptations: [], trainingAreaKeys: [] }).errors).toEqual([]);
  });

  it.each<[string, Partial<OrderRequest>, keyof OrderRequest, string]>([
    ['organisation missing', { organisationKey: '' }, 'organisationKey', 'Välj vilken organisation du beställer utbildningen för.'],
    ['organisation unknown', { organisationKey: 'okand' }, 'organisationKey', 'Den valda organisationen finns inte i listan. Välj en organisation i listan.'],
    ['organisation inactive', { organisationKey: 'nedlagd' }, 'organisationKey', 'Nedlagda förvaltningen kan inte längre avropa från ramavtalet. Välj en annan organisation eller kontakta avropshandläggarna.'],
    ['unit missing', { unit: '   ' }, 'unit', 'Skriv vilken förvaltning eller enhet utbildningen gäller.'],
    ['unit too long', { unit: 'x'.repeat(256) }, 'unit', 'Förvaltning/enhet får vara högst 255 tecken. Nu är det 256 tecken.'],
    ['contact name missing', { contactName: '' }, 'contactName', 'Skriv namnet på en kontaktperson som leverantören kan nå.'],
    ['contact name too long', { contactName: 'x'.repeat(256) }, 'contactName', 'Kontaktpersonens namn får vara högst 255 tecken. Nu är det 256 tecken.'],
    ['e-mail missing', { contactEmail: '' }, 'contactEmail', 'Skriv kontaktpersonens e-postadress.'],
    ['e-mail without @', { contactEmail: 'anna.example.se' }, 'contactEmail', 'E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se, utan mellanslag.'],
    ['e-mail without domain dot', { contactEmail: 'anna@example' }, 'contactEmail', 'E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se, utan mellanslag.'],
    ['e-mail with space', { contactEmail: 'anna andersson@example.se' }, 'contactEmail', 'E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se, utan mellanslag.'],
    ['e-mail with two @', { contactEmail: 'anna@@example.se' }, 'contactEmail', 'E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se, utan mellanslag.'],
    ['e-mail too long', { contactEmail: `${'a'.repeat(250)}@ex.se` }, 'contactEmail', 'E-postadressen får vara högst 255 tecken. Nu är det 256 tecken.'],
    ['phone with letters', { contactPhone: '010-123 45 67 ankn. 3' }, 'contactPhone', 'Telefonnumret får bara innehålla siffror, mellanslag och tecknen + - ( ).'],
    ['phone without digits', { contactPhone: '( - )' }, 'contactPhone', 'Telefonnumret måste innehålla siffror.'],
    ['phone too long', { contactPhone: '0'.repeat(41) }, 'contactPhone', 'Telefonnumret får vara högst 40 tecken. Nu är det 41 tecken.'],
    ['invoice reference missing', { invoiceReference: '' }, 'invoiceReference', 'Skriv fakturareferens eller kostnadsställe, så att fakturan hamnar rätt.'],
    ['invoice reference too long', { invoiceReference: '1'.repeat(101) }, 'invoiceReference', 'Fakturareferensen får vara högst 100 tecken. Nu är det 101 tecken.'],
    ['area missing', { areaKey: '', trainingAreaKeys: [] }, 'areaKey', 'Välj vilket avtalsområde avropet gäller.'],
    ['area unknown', { areaKey: 'okand', trainingAreaKeys: [] }, 'areaKey', 'Avtalsområdet finns inte i katalogen. Välj ett avtalsområde i listan.'],
    ['area coming', { areaKey: 'motiverande', trainingAreaKeys: [] }, 'areaKey', 'Motiverande samtal och samtalsmetodik går inte att avropa än. Avtalsområdet är på gång och mer information kommer.'],
    ['area ended', { areaKey: 'projektarbete', trainingAreaKeys: [] }, 'areaKey', 'Avtalet för Projektarbete har upphört, så det går inte längre att avropa.'],
    ['area closed', { areaKey: 'kommunikation', trainingAreaKeys: [] }, 'areaKey', 'Kommunikation är stängt för avrop just nu.'],
    ['training area of another area', { trainingAreaKeys: ['eko-system'] }, 'trainingAreaKeys', 'Utbildningsområdet "System och analysverktyg" hör inte till Ledarskap. Välj utbildningsområden inom Ledarskap.'],
    ['training area unknown', { trainingAreaKeys: ['borta', 'borta2'] }, 'trainingAreaKeys', 'Ett av de valda utbildningsområdena finns inte längre. Välj utbildningsområden på nytt.'],
    ['course of another area', { courseKey: 'ugl-kurs' }, 'courseKey', 'Kursen "Utveckling av grupp och ledare" hör inte till Ledarskap. Välj en kurs inom Ledarskap eller lämna fältet tomt.'],
    ['course unknown', { courseKey: 'borta' }, 'courseKey', 'Kursen finns inte längre. Välj en kurs i listan eller lämna fältet tomt.'],
    ['need missing', { need: '' }, 'need', 'Beskriv behovet: vad ska deltagarna kunna eller göra annorlunda efter utbildningen?'],
    ['need too long', { need: 'x'.repeat(4001) }, 'need', 'Beskrivningen av behovet får vara högst 4\u00a0000 tecken. Nu är det 4\u00a0001 tecken.'],
    ['target group missing', { targetGroup: '' }, 'targetGroup', 'Skriv vilka som ska gå utbildningen, till exempel "chefer i första linjen".'],
    ['target group too long', { targetGroup: 'x'.repeat(256) }, 'targetGroup', 'Målgruppen får vara högst 255 tecken. Nu är det 256 tecken.'],
    ['participants zero', { participants: 0 }, 'participants', 'Antal deltagare ska vara ett heltal från 1 till 500.'],
    ['participants fraction', { participants: 2.5 }, 'participants', 'Antal deltagare ska vara ett heltal från 1 till 500.'],
    ['participants not a number', { participants: NaN }, 'participants', 'Antal deltagare ska vara ett heltal från 1 till 500.'],
    ['participants too many', { participants: 501 }, 'participants', 'Antal deltagare ska vara ett heltal från 1 till 500. Gäller utbildningen fler personer, gör flera avrop.'],
    ['format unknown', { format: 'Distans' as never }, 'format', 'Välj hur utbildningen ska genomföras: platsbunden, digital eller hybrid.'],
    ['period start missing', { periodFrom: '' }, 'periodFrom', 'Ange från vilket datum utbildningen tidigast kan starta.'],
    ['period start invalid', { periodFrom: '2026-02-30' }, 'periodFrom', 'Periodens startdatum är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD.'],
    ['period start today', { periodFrom: TODAY }, 'periodFrom', 'Perioden måste börja efter i dag, eftersom leverantören behöver tid att planera utbildningen.'],
    ['period start in the past', { periodFrom: '2026-01-15' }, 'periodFrom', 'Perioden måste börja efter i dag, eftersom leverantören behöver tid att planera utbildningen.'],
    ['period start more than two years ahead', { periodFrom: '2028-03-03', periodTo: '2028-04-01' }, 'periodFrom', 'Perioden kan börja högst två år fram i tiden, alltså senast 2 mars 2028.'],
    ['period end missing', { periodTo: '' }, 'periodTo', 'Ange till vilket datum utbildningen senast ska vara genomförd.'],
    ['period end invalid', { periodTo: '30/11/2026' }, 'periodTo', 'Periodens slutdatum är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD.'],
    ['period end before start', { periodFrom: '2026-09-01', periodTo: '2026-08-31' }, 'periodTo', 'Periodens slutdatum kan inte vara före startdatumet.'],
    ['place too long', { place: 'x'.repeat(256) }, 'place', 'Platsen får vara högst 255 tecken. Nu är det 256 tecken.'],
    ['unknown adaptation', { adaptations: ['Massage' as never] }, 'adaptations', '"Massage" är inte en anpassning som går att välja.'],
    ['"Annat" without description', { adaptations: ['Annat'], adaptationsOther: ' ' }, 'adaptationsOther', 'Du har valt "Annat" under anpassningar. Beskriv vilken anpassning som behövs.'],
    ['other adaptations too long', { adaptations: ['Annat'], adaptationsOther: 'x'.repeat(2001) }, 'adaptationsOther', 'Beskrivningen av andra anpassningar får vara högst 2\u00a0000 tecken. Nu är det 2\u00a0001 tecken.'],
    ['other info too long', { otherInfo: 'x'.repeat(4001) }, 'otherInfo', 'Övrig information får vara högst 4\u00a0000 tecken. Nu är det 4\u00a0001 tecken.']
  ])('%s', (_, overrides, field, message) => {
    const { errors } = check(overrides);
    expect(worded(errors)).toEqual([{ field, message }]);
  });

  it('accepts values exactly at the limits', () => {
    const result = check({
      unit: 'x'.repeat(255),
      contactPhone: '0'.repeat(40),
      invoiceReference: '1'.repeat(100),
      need: 'x'.repeat(4000),
      targetGroup: 'x'.repeat(255),
      place: 'x'.repeat(255),
      adaptations: ['Annat'],
      adaptationsOther: 'x'.repeat(2000),
      otherInfo: 'x'.repeat(4000),
      participants: 500,
      periodFrom: '2026-03-03',
      periodTo: '2026-03-03'
    });
    expect(result.errors).toEqual([]);
    expect(check({ participants: 1, periodFrom: '2028-03-02', periodTo: '2028-03-02' }).errors).toEqual([]);
  });

  it('accepts every allowed phone character and every format', () => {
    expect(check({ contactPhone: '+46 (0)10-123 45 67' }).errors).toEqual([]);
    for (const format of ['Platsbunden', 'Digital', 'Hybrid'] as const) expect(check({ format }).errors).toEqual([]);
  });

  it('refuses an area whose suppliers are all inactive', () => {
    const c = catalogue();
    c.suppliers.forEach((s) => (s.active = false));
    expect(messagesFor(check({}, c).errors, 'areaKey')).toEqual(['Ledarskap har just nu ingen leverantör som kan ta emot avrop. Kontakta avropshandläggarna.']);
  });

  it('reports several problems at once, each on its own field', () => {
    const { errors } = check({ unit: '', contactEmail: 'fel', participants: 0, periodFrom: '' });
    expect(errors.map((e) => e.field)).toEqual(['unit', 'contactEmail', 'participants', 'periodFrom']);
  });

  it('survives fields missing at run time (incomplete form state)', () => {
    const partial = { areaKey: 'ledarskap' } as OrderRequest;
    const { errors } = validateOrderRequest(partial, catalogue(), TODAY);
    expect(errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['organisationKey', 'unit', 'contactName', 'contactEmail', 'invoiceReference', 'need', 'targetGroup', 'participants', 'format', 'periodFrom', 'periodTo'])
    );
  });

  it('refuses an invalid "today", which would be a programming error', () => {
    expect(() => validateOrderRequest(validRequest(), catalogue(), '')).toThrow('Dagens datum saknas eller är ogiltigt.');
  });

  it('writes every message as a Swedish sentence', () => {
    const { errors } = validateOrderRequest({} as OrderRequest, catalogue(), TODAY);
    expect(errors.length).toBeGreaterThan(5);
    for (const e of errors) expect(e.message).toMatch(/^[A-ZÅÄÖ"].*[.?]$/);
  });

  describe('course guidance as warnings', () => {
    it('warns when the participants are outside the course range (UGL 8–12)', () => {
      const base = { areaKey: 'ugl', trainingAreaKeys: [], courseKey: 'ugl-kurs', periodFrom: '2026-09-01', periodTo: '2026-11-30' };
      expect(check({ ...base, participants: 8 }).warnings).toEqual([]);
      expect(check({ ...base, participants: 12 }).warnings).toEqual([]);
      const { errors, warnings } = check({ ...base, participants: 20 });
      expect(errors).toEqual([]);
      expect(worded(warnings)).toEqual([
        { field: 'participants', message: 'UGL är upplagd för 8–12 deltagare, och ni har angett 20. Leverantören kan behöva dela upp gruppen eller föreslå ett annat upplägg.' }
      ]);
      expect(messagesFor(check({ ...base, participants: 7 }).warnings, 'participants')).toHaveLength(1);
    });

    it('warns when the period is shorter than the course', () => {
      const { warnings } = check({ areaKey: 'ugl', trainingAreaKeys: [], courseKey: 'ugl-kurs', participants: 10, periodFrom: '2026-09-07', periodTo: '2026-09-09' });
      expect(worded(warnings)).toEqual([{ field: 'periodTo', message: 'UGL pågår fem dagar, men perioden ni angett är tre dagar. Ange en längre period om det går.' }]);
      expect(check({ areaKey: 'ugl', trainingAreaKeys: [], courseKey: 'ugl-kurs', participants: 10, periodFrom: '2026-09-07', periodTo: '2026-09-11' }).warnings).toEqual([]);
    });

    it('gives no course warnings for a course without limits', () => {
      expect(check({ areaKey: 'ugl', trainingAreaKeys: [], courseKey: 'ul-kurs', participants: 200 }).warnings).toEqual([]);
    });
  });

  describe('health details', () => {
    it.each<[keyof OrderRequest, string, string]>([
      ['need', 'En deltagare har ADHD och behöver korta pass.', '"ADHD"'],
      ['targetGroup', 'Medarbetare med dyslexi', '"dyslexi"'],
      ['otherInfo', 'Två har en autismdiagnos och en har depression.', '"autismdiagnos" och "depression"'],
      ['adaptationsOther', 'Hänsyn till funktionsnedsättning', '"funktionsnedsättning"'],
      ['place', 'Nära sjukhuset, en deltagare är långtidssjukskriven', '"långtidssjukskriven"'],
      ['need', 'Diagnos: ÅNGEST', '"Diagnos" och "ÅNGEST"'],
      ['otherInfo', 'Kronisk sjukdom hos en deltagare', '"sjukdom"']
    ])('reminds not to write health details in %s', (field, text, quoted) => {
      const overrides: Partial<OrderRequest> = { [field]: text };
      if (field === 'adaptationsOther') overrides.adaptations = ['Annat'];
      const { errors, warnings } = check(overrides);
      expect(errors).toEqual([]);
      expect(worded(warnings)).toEqual([
        {
          field,
          message: `Texten verkar innehålla uppgifter om hälsa (${quoted}). Skriv inte diagnoser eller andra hälsouppgifter i avropet. Beskriv i stället vilken anpassning som behövs, till exempel "pauser varje timme" eller "material i förväg".`
        }
      ]);
    });

    it('does not react to ordinary words in a healthcare region', () => {
      expect(healthDetailWords('Sjuksköterskor och undersköterskor på sjukhuset, vårdavdelning 12, hälso- och sjukvård, padda, addera')).toEqual([]);
    });

    it('lists each word once, as written', () => {
      expect(healthDetailWords('adhd, ADHD och Adhd-diagnos')).toEqual(['adhd', 'diagnos']);
    });
  });
});

describe('courseGuidance', () => {
  it('describes UGL', () => {
    const ugl = catalogue().courses.find((c) => c.key === 'ugl-kurs')!;
    expect(courseGuidance(ugl)).toEqual([
      'Kursen är upplagd för 8–12 deltagare som inte känner varandra sedan tidigare.',
      'Kursen pågår fem dagar i följd på internat.',
      'Genomförs enligt Försvarshögskolans instruktioner och krav.'
    ]);
  });

  it('describes other courses from their own data', () => {
    const base = catalogue().courses.find((c) => c.key === 'ul-kurs')!;
    expect(courseGuidance(base)).toEqual([]);
    expect(courseGuidance({ ...base, minParticipants: 6, days: 1, requirement: 'kräver förberedelser' })).toEqual([
      'Kursen är upplagd för minst 6 deltagare.',
      'Kursen pågår en dag.',
      'Kräver förberedelser.'
    ]);
    expect(courseGuidance({ ...base, maxParticipants: 16, residential: true })).toEqual(['Kursen är upplagd för högst 16 deltagare.', 'Kursen genomförs på internat.']);
  });

  it('explains that an earlier training can be adapted', () => {
    const earlier = catalogue().courses.find((c) => c.key === 'led-utan-chef')!;
    expect(courseGuidance(earlier)).toEqual(['Utbildningen har getts i regionen tidigare och kan anpassas efter era behov.']);
  });
});

describe('limits', () => {
  const column = (name: string) => ORDERS.fields.find((f) => f.internalName === name)!;

  it('match the column sizes of the Avrop list', () => {
    const columns: Record<keyof typeof ORDER_FIELD_MAX_LENGTHS, string> = {
      unit: 'Unit',
      contactName: 'ContactName',
      contactEmail: 'ContactEmail',
      contactPhone: 'ContactPhone',
      invoiceReference: 'InvoiceReference',
      need: 'Need',
      targetGroup: 'TargetGroup',
      place: 'Place',
      adaptationsOther: 'AdaptationsOther',
      otherInfo: 'OtherInfo'
    };
    for (const [field, internalName] of Object.entries(columns)) {
      expect(`${field} ${ORDER_FIELD_MAX_LENGTHS[field as keyof typeof ORDER_FIELD_MAX_LENGTHS]}`).toBe(`${field} ${column(internalName).maxLength}`);
    }
    expect([orderValidationLimits.participantsMin, orderValidationLimits.participantsMax]).toEqual([column('Participants').min, column('Participants').max]);
    expect(orderValidationLimits.commentMaxLength).toBe(column('CancelReason').maxLength);
    expect([orderValidationLimits.evaluationScoreMin, orderValidationLimits.evaluationScoreMax]).toEqual([column('EvaluationScore').min, column('EvaluationScore').max]);
    const hours = AREAS.fields.find((f) => f.internalName === 'ResponseHours')!;
    expect([orderValidationLimits.responseHoursMin, orderValidationLimits.responseHoursMax]).toEqual([hours.min, hours.max]);
  });
});
