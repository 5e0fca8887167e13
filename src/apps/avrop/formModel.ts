// What the order form holds while the person types. Inputs are kept as the text typed (the
// number of participants too), so a draft can be restored exactly as it was left.
import type { CurrentUser } from '../../data/ports';
import { canOrderArea } from '../../domain/orderability';
import { rankedSuppliers, sortAreas } from '../../domain/ranking';
import { ADAPTATIONS, Adaptation, Catalogue, Course, OrderRequest, TRAINING_FORMATS, TrainingFormat } from '../../domain/types';

export type FormValues = Omit<OrderRequest, 'participants' | 'format'> & {
  /** As typed; turned into a number when the request is built. */
  participants: string;
  format: TrainingFormat | '';
};

export type FormField = keyof OrderRequest;

/** Order of the fields on the form, used to sort the error summary. */
export const FIELD_ORDER: readonly FormField[] = [
  'organisationKey',
  'unit',
  'contactName',
  'contactEmail',
  'contactPhone',
  'invoiceReference',
  'areaKey',
  'trainingAreaKeys',
  'courseKey',
  'need',
  'targetGroup',
  'participants',
  'format',
  'periodFrom',
  'periodTo',
  'place',
  'adaptations',
  'adaptationsOther',
  'otherInfo'
];

export function emptyValues(user: Pick<CurrentUser, 'title' | 'email'>, areaKey = ''): FormValues {
  return {
    organisationKey: '',
    unit: '',
    contactName: user.title || '',
    contactEmail: user.email || '',
    contactPhone: '',
    invoiceReference: '',
    areaKey,
    trainingAreaKeys: [],
    courseKey: '',
    need: '',
    targetGroup: '',
    participants: '',
    format: '',
    periodFrom: '',
    periodTo: '',
    place: '',
    adaptations: [],
    adaptationsOther: '',
    otherInfo: ''
  };
}

/** The area from the page link, or '' when it cannot be ordered. */
export function linkedArea(linkedAreaKey: string, catalogue: Catalogue): string {
  return linkedAreaKey && canOrderArea(linkedAreaKey, catalogue) ? linkedAreaKey : '';
}

/** Another area: training areas and a course that belong to the old area are let go. */
export function withArea(values: FormValues, areaKey: string, catalogue: Catalogue): FormValues {
  const trainingAreaKeys = values.trainingAreaKeys.filter((key) => catalogue.trainingAreas.some((ta) => ta.key === key && ta.areaKey === areaKey));
  const course = catalogue.courses.find((c) => c.key === values.courseKey);
  return { ...values, areaKey, trainingAreaKeys, courseKey: course && course.areaKey === areaKey ? values.courseKey : '' };
}

/** A checkbox list with one key ticked or unticked; the list is kept as it is when nothing changes. */
export function toggled<T extends string>(list: T[], key: T, checked: boolean): T[] {
  return checked ? (list.indexOf(key) >= 0 ? list : [...list, key]) : list.filter((k) => k !== key);
}

/** What the chosen area offers: an area only counts while it can be ordered. */
export function areaChoices(catalogue: Catalogue, values: Pick<FormValues, 'areaKey' | 'courseKey'>) {
  const areas = sortAreas(catalogue.areas).filter((a) => canOrderArea(a.key, catalogue));
  const area = catalogue.areas.find((a) => a.key === values.areaKey && canOrderArea(a.key, catalogue));
  const trainingAreas = area ? catalogue.trainingAreas.filter((ta) => ta.areaKey === area.key).sort((a, b) => a.sortOrder - b.sortOrder) : [];
  const courses = area
    ? catalogue.courses
        .filter((c) => c.areaKey === area.key)
        .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'Kurs' ? -1 : 1) || a.sortOrder - b.sortOrder)
    : [];
  const course = courses.find((c) => c.key === values.courseKey);
  const ranking = area ? rankedSuppliers(area.key, catalogue) : [];
  return { areas, area, trainingAreas, courses, course, ranking };
}

export function courseName(course: Course): string {
  return course.code ? `${course.code} – ${course.title}` : course.title;
}

/** Items that name a field, in the order the fields stand on the form. */
export function inFieldOrder<T extends { field: FormField }>(items: readonly T[]): T[] {
  return FIELD_ORDER.flatMap((field) => items.filter((item) => item.field === field));
}

/** Whole numbers only: "12" is 12, "12,5", "tolv" and "" are not numbers (NaN fails validation). */
export function parseParticipants(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : NaN;
}

export function toRequest(values: FormValues): OrderRequest {
  const adaptations = ADAPTATIONS.filter((a) => values.adaptations.indexOf(a) >= 0);
  return {
    organisationKey: values.organisationKey,
    unit: values.unit.trim(),
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
    contactPhone: values.contactPhone.trim(),
    invoiceReference: values.invoiceReference.trim(),
    areaKey: values.areaKey,
    trainingAreaKeys: values.trainingAreaKeys.slice(),
    courseKey: values.courseKey,
    need: values.need.trim(),
    targetGroup: values.targetGroup.trim(),
    participants: parseParticipants(values.participants),
    format: values.format as TrainingFormat,
    periodFrom: values.periodFrom.trim(),
    periodTo: values.periodTo.trim(),
    place: values.place.trim(),
    adaptations,
    // Text under "Annat" is only sent while "Annat" is chosen, so hidden text never reaches the supplier.
    adaptationsOther: adaptations.indexOf('Annat') >= 0 ? values.adaptationsOther.trim() : '',
    otherInfo: values.otherInfo.trim()
  };
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Reads values from storage defensively: anything missing or of the wrong type falls back. */
export function sanitizeValues(raw: unknown, fallback: FormValues): FormValues {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const format = text(r.format, '');
  return {
    organisationKey: text(r.organisationKey, fallback.organisationKey),
    unit: text(r.unit, fallback.unit),
    contactName: text(r.contactName, fallback.contactName),
    contactEmail: text(r.contactEmail, fallback.contactEmail),
    contactPhone: text(r.contactPhone, fallback.contactPhone),
    invoiceReference: text(r.invoiceReference, fallback.invoiceReference),
    areaKey: text(r.areaKey, fallback.areaKey),
    trainingAreaKeys: strings(r.trainingAreaKeys),
    courseKey: text(r.courseKey, fallback.courseKey),
    need: text(r.need, fallback.need),
    targetGroup: text(r.targetGroup, fallback.targetGroup),
    participants: typeof r.participants === 'number' ? String(r.participants) : text(r.participants, fallback.participants),
    format: TRAINING_FORMATS.indexOf(format as TrainingFormat) >= 0 ? (format as TrainingFormat) : '',
    periodFrom: text(r.periodFrom, fallback.periodFrom),
    periodTo: text(r.periodTo, fallback.periodTo),
    place: text(r.place, fallback.place),
    adaptations: strings(r.adaptations).filter((a): a is Adaptation => ADAPTATIONS.indexOf(a as Adaptation) >= 0),
    adaptationsOther: text(r.adaptationsOther, fallback.adaptationsOther),
    otherInfo: text(r.otherInfo, fallback.otherInfo)
  };
}
