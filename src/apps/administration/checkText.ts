// One check of the site state as a sentence in the reader's language: what, its state, how it
// differs, and who puts it right.
import type { Difference, SiteCheck } from '../../data/provisioning/siteState';
import { format } from '../../i18n/strings';
import { setupStrings } from './strings';

type T = (typeof setupStrings)['sv'];

export function subjectOf(check: SiteCheck, t: T): string {
  const subject = check.name ? format(t[`kind_${check.kind}` as keyof T], { name: check.name }) : t[`kind_any_${check.kind}` as keyof T] ?? check.kind;
  return check.list && check.kind !== 'list' ? format(t.inList, { subject, list: check.list }) : subject;
}

function differenceText(d: Difference, t: T): string {
  switch (d.property) {
    case 'required':
    case 'unique':
    case 'indexed':
      return t[`diff_${d.property}_${d.expected}` as keyof T];
    case 'readSecurity':
      return format(t.diff_readSecurity, { actual: t[`read_${d.actual}` as keyof T] ?? String(d.actual), expected: t[`read_${d.expected}` as keyof T] ?? String(d.expected) });
    case 'writeSecurity':
      return format(t.diff_writeSecurity, { actual: t[`write_${d.actual}` as keyof T] ?? String(d.actual), expected: t[`write_${d.expected}` as keyof T] ?? String(d.expected) });
    case 'type':
    case 'title':
      return format(t[`diff_${d.property}`], { actual: d.actual, expected: d.expected });
    case 'viewFields':
      return format(t.diff_viewFields, { actual: d.actual.join(', '), expected: d.expected.join(', ') });
    case 'levels':
      return format(t.diff_levels, { actual: d.actual.join(', '), expected: d.expected });
    case 'notExpected':
      return format(t.diff_notExpected, { actual: d.actual.join(', ') });
    case 'timeZone':
      return format(t.diff_timeZone, { actual: d.actual });
    default:
      return t[`diff_${d.property}` as keyof T];
  }
}

/** "Kolumnen Unit i Avrop avviker: ska vara obligatorisk. Installationen åtgärdar det." */
export function checkSentence(check: SiteCheck, t: T, asOwner: boolean): string {
  const head = `${subjectOf(check, t)}: ${t[`status_${check.status}` as keyof T]}`;
  const how = check.differences.map((d) => differenceText(d, t)).join('; ');
  let fix = '';
  if (check.status === 'unknown') fix = t[`why_${check.reason ?? 'failed'}` as keyof T];
  else if (check.remedy.by === 'setup') fix = asOwner ? t.fix_setup : t.fix_setupOwner;
  else if (check.remedy.by === 'manual') fix = t[`fix_${check.remedy.step}` as keyof T];
  return `${head}${how ? ` (${how})` : ''}.${fix ? ` ${fix}` : ''}`;
}
