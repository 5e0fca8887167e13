// Validation of the order form. Every message tells the orderer what is wrong and what to do,
// in plain words (worded in messageTexts.ts). Errors stop the order; warnings are advice shown next to the field.
import { addYears, compareIsoDates, daysBetween, isValidIsoDate } from './calendar';
import { DomainError } from './errors';
import { healthDetailWords } from './healthDetails';
import { orderValidationLimits as limits } from './limits';
import { areaOrderingProblem } from './orderability';
import { textOf } from './swedishText';
import { data, DataValue, Message, message, MessageKey, renderMessage } from './messages';
import { ADAPTATIONS, Adaptation, Catalogue, Course, OrderRequest, TRAINING_FORMATS, TrainingFormat } from './types';

export interface FieldError {
  field: keyof OrderRequest;
  /** Swedish wording of `text`. */
  message: string;
  text: Message;
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

function courseName(course: Course): DataValue {
  return data(course.code ? course.code : course.title);
}

function participantLimits(course: Course): { min?: number; max?: number } {
  return { min: course.minParticipants, max: course.maxParticipants };
}

/** What to say about how a course is run, shown when the orderer picks it. */
export function courseGuidanceMessages(course: Course): Message[] {
  const out: Message[] = [];
  const { min, max } = participantLimits(course);
  if (min !== undefined || max !== undefined) {
    const unacquainted = UNACQUAINTED_COURSE_CODES.indexOf(course.code.trim().toUpperCase()) >= 0;
    out.push(message('course.participants', { min, max, unacquainted }));
  }
  if (course.days !== undefined) out.push(message('course.days', { days: course.days, residential: course.residential }));
  else if (course.residential) out.push(message('course.residential'));
  if (course.requirement.trim()) out.push(message('course.requirement', { requirement: data(course.requirement) }));
  if (course.kind === 'Tidigare utbildning') out.push(message('course.earlier'));
  return out;
}

/** The same in Swedish. */
export function courseGuidance(course: Course): string[] {
  return courseGuidanceMessages(course).map((m) => renderMessage(m, 'sv'));
}

const HEALTH_CHECKED_FIELDS: ReadonlyArray<keyof OrderRequest> = ['need', 'targetGroup', 'place', 'adaptationsOther', 'otherInfo'];

export function validateOrderRequest(req: OrderRequest, catalogue: Catalogue, today: string): OrderValidationResult {
  if (!isValidIsoDate(today)) throw new DomainError('invalid-date', message('time.todayMissing'));
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  const error = (field: keyof OrderRequest, text: Message): void => {
    errors.push({ field, message: renderMessage(text, 'sv'), text });
  };
  const warn = (field: keyof OrderRequest, text: Message): void => {
    warnings.push({ field, message: renderMessage(text, 'sv'), text });
  };
  const value = (field: keyof OrderRequest): string => textOf(req[field]);
  const required = (field: keyof OrderRequest, key: MessageKey): boolean => {
    if (value(field).trim() !== '') return true;
    error(field, message(key));
    return false;
  };
  const maxLength = (field: keyof OrderRequest, max: number): void => {
    const length = value(field).length;
    if (length > max) error(field, message('form.tooLong', { field, max, length }));
  };

  const organisationKey = value('organisationKey').trim();
  if (required('organisationKey', 'form.organisationRequired')) {
    const organisation = catalogue.organisations.find((o) => o.key === organisationKey);
    if (!organisation) error('organisationKey', message('form.organisationUnknown'));
    else if (!organisation.active) {
      error('organisationKey', message('form.organisationInactive', { organisation: data(organisation.name) }));
    }
  }

  if (required('unit', 'form.unitRequired')) maxLength('unit', limits.unitMaxLength);
  if (required('contactName', 'form.contactNameRequired')) maxLength('contactName', limits.contactNameMaxLength);

  if (required('contactEmail', 'form.contactEmailRequired')) {
    if (!EMAIL_PATTERN.test(value('contactEmail').trim())) {
      error('contactEmail', message('form.contactEmailInvalid'));
    } else maxLength('contactEmail', limits.contactEmailMaxLength);
  }

  const phone = value('contactPhone').trim();
  if (phone !== '') {
    if (!PHONE_CHARS.test(phone)) error('contactPhone', message('form.phoneCharacters'));
    else if (!/[0-9]/.test(phone)) error('contactPhone', message('form.phoneDigits'));
    else maxLength('contactPhone', limits.contactPhoneMaxLength);
  }

  if (required('invoiceReference', 'form.invoiceReferenceRequired')) {
    maxLength('invoiceReference', limits.invoiceReferenceMaxLength);
  }

  const areaProblem = areaOrderingProblem(value('areaKey').trim(), catalogue);
  if (areaProblem) error('areaKey', areaProblem.text);
  const area = catalogue.areas.find((a) => a.key === value('areaKey').trim());

  if (area) {
    const keys = Array.isArray(req.trainingAreaKeys) ? req.trainingAreaKeys : [];
    let reportedMissing = false;
    for (const key of keys) {
      const trainingArea = catalogue.trainingAreas.find((t) => t.key === key);
      if (!trainingArea) {
        if (!reportedMissing) error('trainingAreaKeys', message('form.trainingAreaGone'));
        reportedMissing = true;
      } else if (trainingArea.areaKey !== area.key) {
        error('trainingAreaKeys', message('form.trainingAreaOtherArea', { trainingArea: data(trainingArea.title), area: data(area.title) }));
      }
    }
  }

  const courseKey = value('courseKey').trim();
  let course: Course | undefined;
  if (courseKey && area) {
    const found = catalogue.courses.find((c) => c.key === courseKey);
    if (!found) error('courseKey', message('form.courseGone'));
    else if (found.areaKey !== area.key) {
      error('courseKey', message('form.courseOtherArea', { course: data(found.title), area: data(area.title) }));
    } else course = found;
  }

  if (required('need', 'form.needRequired')) maxLength('need', limits.needMaxLength);
  if (required('targetGroup', 'form.targetGroupRequired')) maxLength('targetGroup', limits.targetGroupMaxLength);

  const participants = req.participants;
  const participantsValid = typeof participants === 'number' && Number.isInteger(participants) && participants >= limits.participantsMin && participants <= limits.participantsMax;
  if (!participantsValid) {
    const tooMany = typeof participants === 'number' && participants > limits.participantsMax;
    error('participants', message('form.participantsRange', { min: limits.participantsMin, max: limits.participantsMax, tooMany }));
  }

  if (TRAINING_FORMATS.indexOf(req.format as TrainingFormat) < 0) {
    error('format', message('form.formatRequired', { formats: TRAINING_FORMATS }));
  }

  const periodFrom = value('periodFrom').trim();
  const periodTo = value('periodTo').trim();
  let fromValid = false;
  if (required('periodFrom', 'form.periodFromRequired')) {
    if (!isValidIsoDate(periodFrom)) error('periodFrom', message('form.periodFromInvalid'));
    else if (compareIsoDates(periodFrom, today) <= 0) {
      error('periodFrom', message('form.periodFromNotAfterToday'));
    } else {
      const latest = addYears(today, limits.periodStartMaxYearsAhead);
      if (compareIsoDates(periodFrom, latest) > 0) {
        error('periodFrom', message('form.periodFromTooFar', { years: limits.periodStartMaxYearsAhead, latest }));
      } else fromValid = true;
    }
  }
  if (required('periodTo', 'form.periodToRequired')) {
    if (!isValidIsoDate(periodTo)) error('periodTo', message('form.periodToInvalid'));
    else if (isValidIsoDate(periodFrom) && compareIsoDates(periodTo, periodFrom) < 0) {
      error('periodTo', message('form.periodToBeforeFrom'));
    }
  }

  maxLength('place', limits.placeMaxLength);

  const adaptations = Array.isArray(req.adaptations) ? req.adaptations : [];
  for (const adaptation of adaptations) {
    if (ADAPTATIONS.indexOf(adaptation as Adaptation) < 0) error('adaptations', message('form.adaptationUnknown', { adaptation: data(String(adaptation)) }));
  }
  if (adaptations.indexOf('Annat') >= 0 && value('adaptationsOther').trim() === '') {
    error('adaptationsOther', message('form.adaptationsOtherRequired'));
  }
  maxLength('adaptationsOther', limits.adaptationsOtherMaxLength);
  maxLength('otherInfo', limits.otherInfoMaxLength);

  if (course && participantsValid) {
    const { minParticipants: min, maxParticipants: max } = course;
    if ((min !== undefined && participants < min) || (max !== undefined && participants > max)) {
      warn('participants', message('form.participantsOutsideCourse', { course: courseName(course), min, max, participants }));
    }
  }
  if (course && course.days !== undefined && fromValid && isValidIsoDate(periodTo) && compareIsoDates(periodTo, periodFrom) >= 0) {
    const length = daysBetween(periodFrom, periodTo) + 1;
    if (length < course.days) {
      warn('periodTo', message('form.periodShorterThanCourse', { course: courseName(course), days: course.days, length }));
    }
  }

  for (const field of HEALTH_CHECKED_FIELDS) {
    const words = healthDetailWords(value(field));
    if (words.length > 0) {
      warn(field, message('form.healthDetails', { words: words.map(data) }));
    }
  }

  return { errors, warnings };
}
