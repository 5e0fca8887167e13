// Anything else the person wants the supplier to know.
import * as React from 'react';
import { TextField } from '@fluentui/react';
import { useStrings } from '../../i18n/strings';
import { FieldBinding, FieldWarnings, SectionHeading, useFieldProps } from './fields';
import { strings } from './strings';

export function OtherInfoSection(props: { form: FieldBinding }): JSX.Element {
  const t = useStrings(strings);
  const field = useFieldProps(props.form);
  return (
    <>
      <SectionHeading>{t.sectionOther}</SectionHeading>
      <TextField {...field.text('otherInfo', '', true)} label={t.otherInfoLabel} multiline rows={4} />
      <FieldWarnings warnings={props.form.warningsOf('otherInfo')} />
    </>
  );
}
