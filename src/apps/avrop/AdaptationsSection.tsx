// Adaptations the participants need, with a text of their own when "Annat" is chosen.
import * as React from 'react';
import { Checkbox, Stack, TextField } from '@fluentui/react';
import { ADAPTATIONS, Adaptation } from '../../domain/types';
import { LangContext, useStrings } from '../../i18n/strings';
import { FieldGroup, FieldWarnings, SectionHeading, useFieldProps } from './fields';
import { adaptationLabel, strings } from './strings';
import type { OrderFormState } from './useOrderForm';

export function AdaptationsSection(props: { form: OrderFormState }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { form } = props;
  const field = useFieldProps(form);
  return (
    <>
      <SectionHeading>{t.sectionAdaptations}</SectionHeading>
      <FieldGroup id={form.fieldId('adaptations')} legend={t.adaptationsLegend} hint={t.adaptationsHint} errors={form.errorsOf('adaptations')}>
        <Stack tokens={{ childrenGap: 8 }}>
          {ADAPTATIONS.map((a: Adaptation) => (
            <Checkbox
              key={a}
              label={adaptationLabel(lang, a)}
              checked={form.values.adaptations.indexOf(a) >= 0}
              onChange={(_e, checked) => form.toggle('adaptations', a, !!checked)}
            />
          ))}
        </Stack>
      </FieldGroup>
      {form.values.adaptations.indexOf('Annat') >= 0 && (
        <>
          <TextField {...field.text('adaptationsOther', t.adaptationsHint, true)} label={t.adaptationsOther} required multiline rows={3} />
          <FieldWarnings warnings={form.warningsOf('adaptationsOther')} />
        </>
      )}
    </>
  );
}
