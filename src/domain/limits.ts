// Limits shared by the order form and the domain rules. The max lengths mirror the column sizes
// in src/schema/lists.ts so that a value accepted here is never cut off or refused by SharePoint.

export const orderValidationLimits = {
  unitMaxLength: 255,
  contactNameMaxLength: 255,
  contactEmailMaxLength: 255,
  contactPhoneMaxLength: 40,
  invoiceReferenceMaxLength: 100,
  needMaxLength: 4000,
  targetGroupMaxLength: 255,
  placeMaxLength: 255,
  adaptationsOtherMaxLength: 2000,
  otherInfoMaxLength: 4000,
  participantsMin: 1,
  participantsMax: 500,
  /** How far ahead the wished period may start. */
  periodStartMaxYearsAhead: 2,
  /** Comments on trail entries and cancel reasons share the 2000-character Note columns. */
  commentMaxLength: 2000,
  cancelReasonMinLength: 5,
  /** Skipping a supplier for "Annat" must be justified in at least this many non-space characters. */
  justificationMinNonSpaceChars: 10,
  responseHoursMin: 1,
  responseHoursMax: 240,
  /** Acceptances with a start further away than this are flagged for the handler. */
  startDateWarningDays: 7,
  evaluationScoreMin: 1,
  evaluationScoreMax: 5
} as const;

/** Max length per free-text field of the order form, for maxLength attributes and counters. */
export const ORDER_FIELD_MAX_LENGTHS = {
  unit: orderValidationLimits.unitMaxLength,
  contactName: orderValidationLimits.contactNameMaxLength,
  contactEmail: orderValidationLimits.contactEmailMaxLength,
  contactPhone: orderValidationLimits.contactPhoneMaxLength,
  invoiceReference: orderValidationLimits.invoiceReferenceMaxLength,
  need: orderValidationLimits.needMaxLength,
  targetGroup: orderValidationLimits.targetGroupMaxLength,
  place: orderValidationLimits.placeMaxLength,
  adaptationsOther: orderValidationLimits.adaptationsOtherMaxLength,
  otherInfo: orderValidationLimits.otherInfoMaxLength
} as const;
