// What the training is for: the area and course, the need, the target group and how many take part.
import * as React from 'react';
import { TextField } from '@fluentui/react';
import type { Catalogue } from '../../domain/types';
import { useStrings } from '../../i18n/strings';
import { AreaCourseChoice } from './AreaCourseChoice';
import { FieldWarnings, SectionHeading, useFieldProps } from './fields';
import { strings } from './strings';
import type { OrderFormState } from './useOrderForm';

export function TrainingSection(props: { form: OrderFormState; catalogue: Catalogue; linkedAreaKey: string }): JSX.Element {
  const t = useStrings(strings);
  const { form } = props;
  const field = useFieldProps(form);
  return (
    <>
      <SectionHeading>{t.sectionTraining}</SectionHeading>
      <AreaCourseChoice form={form} catalogue={props.catalogue} linkedAreaKey={props.linkedAreaKey} />
      <TextField {...field.text('need', t.needHint, true)} label={t.needLabel} required multiline rows={5} />
      <FieldWarnings warnings={form.warningsOf('need')} />
      <TextField {...field.text('targetGroup', t.targetGroupHint)} label={t.targetGroupLabel} required />
      <FieldWarnings warnings={form.warningsOf('targetGroup')} />
      <TextField
        {...field.text('participants')}
        label={t.participantsLabel}
        required
        inputMode="numeric"
        autoComplete="off"
        maxLength={6}
        styles={{ root: { maxWidth: 240 } }}
      />
      <FieldWarnings warnings={form.warningsOf('participants')} />
    </>
  );
}
