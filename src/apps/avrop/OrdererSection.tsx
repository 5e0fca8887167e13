// Who orders: organisation and unit, the contact person and where the invoice goes.
import * as React from 'react';
import { Dropdown, IDropdownOption, TextField } from '@fluentui/react';
import type { Catalogue } from '../../domain/types';
import { useStrings } from '../../i18n/strings';
import { FieldBinding, SectionHeading, useFieldProps } from './fields';
import { strings } from './strings';

export function OrdererSection(props: { form: FieldBinding; catalogue: Catalogue }): JSX.Element {
  const t = useStrings(strings);
  const { form } = props;
  const field = useFieldProps(form);
  const organisationOptions: IDropdownOption[] = props.catalogue.organisations.filter((o) => o.active).map((o) => ({ key: o.key, text: o.name }));
  return (
    <>
      <SectionHeading>{t.sectionOrderer}</SectionHeading>
      <Dropdown
        {...field.choice('organisationKey')}
        label={t.organisationLabel}
        placeholder={t.organisationPlaceholder}
        required
        options={organisationOptions}
        selectedKey={form.values.organisationKey || null}
        onChange={(_e, option) => {
          form.change('organisationKey', option ? String(option.key) : '');
          form.touch('organisationKey');
        }}
        onBlur={() => form.touch('organisationKey')}
      />
      <TextField {...field.text('unit')} label={t.unitLabel} required />
      <TextField {...field.text('contactName', t.contactHint)} label={t.contactName} required autoComplete="name" />
      <TextField {...field.text('contactEmail')} label={t.contactEmail} required type="email" autoComplete="email" />
      <TextField {...field.text('contactPhone')} label={t.contactPhone} type="tel" autoComplete="tel" styles={{ root: { maxWidth: 320 } }} />
      <TextField {...field.text('invoiceReference')} label={t.invoiceLabel} required styles={{ root: { maxWidth: 480 } }} />
    </>
  );
}
