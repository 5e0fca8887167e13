// How and when the training is given: the format, the period it may start in and the place.
import * as React from 'react';
import { ChoiceGroup, TextField } from '@fluentui/react';
import { addDays, addYears, isValidIsoDate } from '../../domain/calendar';
import { TRAINING_FORMATS, TrainingFormat } from '../../domain/types';
import { DateField } from '../../components/DateField';
import { LangContext, useStrings } from '../../i18n/strings';
import { FieldGroup, FieldWarnings, SectionHeading, useFieldProps } from './fields';
import { formatLabel, strings } from './strings';
import type { OrderFormState } from './useOrderForm';

export function DeliverySection(props: { form: OrderFormState }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const { form } = props;
  const field = useFieldProps(form);
  const formatOptions = TRAINING_FORMATS.map((f) => ({ key: f, text: formatLabel(lang, f) }));
  const tomorrow = addDays(form.today, 1);
  const latestStart = addYears(form.today, 2);
  return (
    <>
      <SectionHeading>{t.sectionDelivery}</SectionHeading>
      <FieldGroup id={form.fieldId('format')} legend={t.formatLegend} required errors={form.errorsOf('format')}>
        <ChoiceGroup
          ariaLabelledBy={`${form.fieldId('format')}-legend`}
          required
          options={formatOptions}
          selectedKey={form.values.format || null}
          onChange={(_e, option) => {
            form.change('format', option ? (option.key as TrainingFormat) : '');
            form.touch('format');
          }}
        />
      </FieldGroup>
      <FieldGroup id={`${form.idBase}-period`} legend={t.periodLegend} hint={t.periodHint} required errors={[]}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16 }}>
          <DateField
            {...field.date('periodFrom')}
            label={t.periodFrom}
            required
            min={tomorrow}
            max={latestStart}
            today={form.today}
            width={240}
          />
          <DateField
            {...field.date('periodTo')}
            label={t.periodTo}
            required
            min={isValidIsoDate(form.values.periodFrom) ? form.values.periodFrom : tomorrow}
            today={form.today}
            width={240}
          />
        </div>
        <FieldWarnings warnings={form.warningsOf('periodTo')} />
      </FieldGroup>
      <TextField {...field.text('place', t.placeHint)} label={t.placeLabel} />
      <FieldWarnings warnings={form.warningsOf('place')} />
    </>
  );
}
