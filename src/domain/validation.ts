// Validation of the order form. Every message tells the orderer what is wrong and what to do,
// in plain Swedish. Errors stop the order; warnings are advice shown next to the field.
import { addYears, compareIsoDates, daysBetween, isValidIsoDate } from './calendar';
import { DomainError } from './errors';
import { healthDetailWords } from './healthDetails';
import { orderValidationLimits as limits } from './limits';
import { areaOrderingProblem } from './orderability';
import { asSentence, joinSwedish, numberWord, textOf } from './swedishText';
import { formatSwedishDate } from './time';
import { ADAPTATIONS, Adaptation, Catalogue, Course, OrderRequest, TRAINING_FORMATS, TrainingFormat } from './types';

export interface FieldError {
  field: keyof OrderRequest;
  message: string;
}

export interface OrderValidationResult {
  errors: FieldError[];
  warnings: FieldError[];
}

// Local-part@domain.tld without spaces; stricter checks reject real addresses more often than typos.
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_CHARS = /^[0-9 +\-()]*$/;

/** UGL participants must not know each other beforehand (Försvarshögskolan's rule for the course). */
const UNACQUAINTED_COURSE_CODES = ['UGL'];

function dayCount(n: number): string {
  return n === 1 ? 'en dag' : `${numberWord(n)} dagar`;
}

function courseName(course: Course): string {
  return course.code ? course.code : course.title;
}

function participantRange(course: Course): string {
  const { minParticipants: min, maxParticipants: max } = course;
  if (min !== undefined && max !== undefined) return `${min}–${max} deltagare`;
  if (min !== undefined) return `minst ${min} deltagare`;
  if (max !== undefined) return `högst ${max} deltagare`;
  return '';
}

/** Sentences about how a course is run, shown when the orderer picks it. */
export function courseGuidance(course: Course): string[] {
  const sentences: string[] = [];
  const range = participantRange(course);
  if (range) {
    const unacquainted = UNACQUAINTED_COURSE_CODES.indexOf(course.code.trim().toUpperCase()) >= 0;
    sentences.push(`Kursen är upplagd för ${range}${unacquainted ? ' som inte känner varandra sedan tidigare' : ''}.`);
  }
  if (course.days !== undefined && course.residential) {
    sentences.push(`Kursen pågår ${dayCount(course.days)}${course.days > 1 ? ' i följd' : ''} på internat.`);
  } else if (course.days !== undefined) {
    sentences.push(`Kursen pågår ${dayCount(course.days)}.`);
  } else if (course.residential) {
    sentences.push('Kursen genomförs på internat.');
  }
  if (course.requirement.trim()) sentences.push(asSentence(course.requirement));
  if (course.kind === 'Tidigare utbildning') {
    sentences.push('Utbildningen har getts i regionen tidigare och kan anpassas efter era behov.');
  }
  return sentences;
}

const FIELD_LABELS: Readonly<Partial<Record<keyof OrderRequest, string>>> = {
  unit: 'Förvaltning/enhet',
  contactName: 'Kontaktpersonens namn',
  contactEmail: 'E-postadressen',
  contactPhone: 'Telefonnumret',
  invoiceReference: 'Fakturareferensen',
  need: 'Beskrivningen av behovet',
  targetGroup: 'Målgruppen',
  place: 'Platsen',
  adaptationsOther: 'Beskrivningen av andra anpassningar',
  otherInfo: 'Övrig information'
};

const HEALTH_CHECKED_FIELDS: ReadonlyArray<keyof OrderRequest> = ['need', 'targetGroup', 'place', 'adaptationsOther', 'otherInfo'];

export function validateOrderRequest(req: OrderRequest, catalogue: Catalogue, today: string): OrderValidationResult {
  if (!isValidIsoDate(today)) throw new DomainError('invalid-date', 'Dagens datum saknas eller är ogiltigt.');
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  const error = (field: keyof OrderRequest, message: string): void => {
    errors.push({ field, message });
  };
  const warn = (field: keyof OrderRequest, message: string): void => {
    warnings.push({ field, message });
  };
  const value = (field: keyof OrderRequest): string => textOf(req[field]);
  const required = (field: keyof OrderRequest, message: string): boolean => {
    if (value(field).trim() !== '') return true;
    error(field, message);
    return false;
  };
  const maxLength = (field: keyof OrderRequest, max: number): void => {
    const length = value(field).length;
    if (length > max) error(field, `${FIELD_LABELS[field]} får vara högst ${max} tecken. Nu är det ${length} tecken.`);
  };

  const organisationKey = value('organisationKey').trim();
  if (required('organisationKey', 'Välj vilken organisation du beställer utbildningen för.')) {
    const organisation = catalogue.organisations.find((o) => o.key === organisationKey);
    if (!organisation) error('organisationKey', 'Den valda organisationen finns inte i listan. Välj en organisation i listan.');
    else if (!organisation.active) {
      error('organisationKey', `${organisation.name} kan inte längre avropa från ramavtalet. Välj en annan organisation eller kontakta avropshandläggarna.`);
    }
  }

  if (required('unit', 'Skriv vilken förvaltning eller enhet utbildningen gäller.')) maxLength('unit', limits.unitMaxLength);
  if (required('contactName', 'Skriv namnet på en kontaktperson som leverantören kan nå.')) maxLength('contactName', limits.contactNameMaxLength);

  if (required('contactEmail', 'Skriv kontaktpersonens e-postadress.')) {
    if (!EMAIL_PATTERN.test(value('contactEmail').trim())) {
      error('contactEmail', 'E-postadressen ser inte rätt ut. Skriv den som namn@exempel.se, utan mellanslag.');
    } else maxLength('contactEmail', limits.contactEmailMaxLength);
  }

  const phone = value('contactPhone').trim();
  if (phone !== '') {
    if (!PHONE_CHARS.test(phone)) error('contactPhone', 'Telefonnumret får bara innehålla siffror, mellanslag och tecknen + - ( ).');
    else if (!/[0-9]/.test(phone)) error('contactPhone', 'Telefonnumret måste innehålla siffror.');
    else maxLength('contactPhone', limits.contactPhoneMaxLength);
  }

  if (required('invoiceReference', 'Skriv fakturareferens eller kostnadsställe, så att fakturan hamnar rätt.')) {
    maxLength('invoiceReference', limits.invoiceReferenceMaxLength);
  }

  const areaProblem = areaOrderingProblem(value('areaKey').trim(), catalogue);
  if (areaProblem) error('areaKey', areaProblem.message);
  const area = catalogue.areas.find((a) => a.key === value('areaKey').trim());

  if (area) {
    const keys = Array.isArray(req.trainingAreaKeys) ? req.trainingAreaKeys : [];
    let reportedMissing = false;
    for (const key of keys) {
      const trainingArea = catalogue.trainingAreas.find((t) => t.key === key);
      if (!trainingArea) {
        if (!reportedMissing) error('trainingAreaKeys', 'Ett av de valda utbildningsområdena finns inte längre. Välj utbildningsområden på nytt.');
        reportedMissing = true;
      } else if (trainingArea.areaKey !== area.key) {
        error('trainingAreaKeys', `Utbildningsområdet "${trainingArea.title}" hör inte till ${area.title}. Välj utbildningsområden inom ${area.title}.`);
      }
    }
  }

  const courseKey = value('courseKey').trim();
  let course: Course | undefined;
  if (courseKey && area) {
    const found = catalogue.courses.find((c) => c.key === courseKey);
    if (!found) error('courseKey', 'Kursen finns inte längre. Välj en kurs i listan eller lämna fältet tomt.');
    else if (found.areaKey !== area.key) {
      error('courseKey', `Kursen "${found.title}" hör inte till ${area.title}. Välj en kurs inom ${area.title} eller lämna fältet tomt.`);
    } else course = found;
  }

  if (required('need', 'Beskriv behovet: vad ska deltagarna kunna eller göra annorlunda efter utbildningen?')) maxLength('need', limits.needMaxLength);
  if (required('targetGroup', 'Skriv vilka som ska gå utbildningen, till exempel "chefer i första linjen".')) maxLength('targetGroup', limits.targetGroupMaxLength);

  const participants = req.participants;
  const participantsValid = typeof participants === 'number' && Number.isInteger(participants) && participants >= limits.participantsMin && participants <= limits.participantsMax;
  if (!participantsValid) {
    const tooMany = typeof participants === 'number' && participants > limits.participantsMax;
    error(
      'participants',
      `Antal deltagare ska vara ett heltal från ${limits.participantsMin} till ${limits.participantsMax}.${tooMany ? ' Gäller utbildningen fler personer, gör flera avrop.' : ''}`
    );
  }

  if (TRAINING_FORMATS.indexOf(req.format as TrainingFormat) < 0) {
    error('format', `Välj hur utbildningen ska genomföras: ${joinSwedish(TRAINING_FORMATS.map((f) => f.toLowerCase()), 'eller')}.`);
  }

  const periodFrom = value('periodFrom').trim();
  const periodTo = value('periodTo').trim();
  let fromValid = false;
  if (required('periodFrom', 'Ange från vilket datum utbildningen tidigast kan starta.')) {
    if (!isValidIsoDate(periodFrom)) error('periodFrom', 'Periodens startdatum är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD.');
    else if (compareIsoDates(periodFrom, today) <= 0) {
      error('periodFrom', 'Perioden måste börja efter i dag, eftersom leverantören behöver tid att planera utbildningen.');
    } else {
      const latest = addYears(today, limits.periodStartMaxYearsAhead);
      if (compareIsoDates(periodFrom, latest) > 0) {
        error('periodFrom', `Perioden kan börja högst ${numberWord(limits.periodStartMaxYearsAhead)} år fram i tiden, alltså senast ${formatSwedishDate(latest)}.`);
      } else fromValid = true;
    }
  }
  if (required('periodTo', 'Ange till vilket datum utbildningen senast ska vara genomförd.')) {
    if (!isValidIsoDate(periodTo)) error('periodTo', 'Periodens slutdatum är inte ett giltigt datum. Skriv det som ÅÅÅÅ-MM-DD.');
    else if (isValidIsoDate(periodFrom) && compareIsoDates(periodTo, periodFrom) < 0) {
      error('periodTo', 'Periodens slutdatum kan inte vara före startdatumet.');
    }
  }

  maxLength('place', limits.placeMaxLength);

  const adaptations = Array.isArray(req.adaptations) ? req.adaptations : [];
  for (const adaptation of adaptations) {
    if (ADAPTATIONS.indexOf(adaptation as Adaptation) < 0) error('adaptations', `"${adaptation}" är inte en anpassning som går att välja.`);
  }
  if (adaptations.indexOf('Annat') >= 0 && value('adaptationsOther').trim() === '') {
    error('adaptationsOther', 'Du har valt "Annat" under anpassningar. Beskriv vilken anpassning som behövs.');
  }
  maxLength('adaptationsOther', limits.adaptationsOtherMaxLength);
  maxLength('otherInfo', limits.otherInfoMaxLength);

  if (course && participantsValid) {
    const { minParticipants: min, maxParticipants: max } = course;
    if ((min !== undefined && participants < min) || (max !== undefined && participants > max)) {
      warn(
        'participants',
        `${courseName(course)} är upplagd för ${participantRange(course)}, och ni har angett ${participants}. Leverantören kan behöva dela upp gruppen eller föreslå ett annat upplägg.`
      );
    }
  }
  if (course && course.days !== undefined && fromValid && isValidIsoDate(periodTo) && compareIsoDates(periodTo, periodFrom) >= 0) {
    const length = daysBetween(periodFrom, periodTo) + 1;
    if (length < course.days) {
      warn('periodTo', `${courseName(course)} pågår ${dayCount(course.days)}, men perioden ni angett är ${dayCount(length)}. Ange en längre period om det går.`);
    }
  }

  for (const field of HEALTH_CHECKED_FIELDS) {
    const words = healthDetailWords(value(field));
    if (words.length > 0) {
      warn(
        field,
        `Texten verkar innehålla uppgifter om hälsa (${joinSwedish(words.map((w) => `"${w}"`))}). Skriv inte diagnoser eller andra hälsouppgifter i avropet. Beskriv i stället vilken anpassning som behövs, till exempel "pauser varje timme" eller "material i förväg".`
      );
    }
  }

  return { errors, warnings };
}
