// The period: a preset (applied at once) or two typed dates (applied with the button or Enter).
// Text fields with the ÅÅÅÅ-MM-DD pattern rather than a date picker: they behave the same with a
// keyboard, a screen reader and in every browser and locale.
import * as React from 'react';
import { ChoiceGroup, IChoiceGroupOption, MessageBar, MessageBarType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import { isValidPeriod } from '../../domain/scorecard';
import { useStrings } from '../../i18n/strings';
import { Period, PresetKey, presetPeriod, PRESETS } from './periods';
import { strings } from './strings';

export function PeriodForm(props: { today: string; applied: Period; onApply: (period: Period) => void }): JSX.Element {
  const t = useStrings(strings);
  const [preset, setPreset] = React.useState<PresetKey>('last12');
  const [from, setFrom] = React.useState(props.applied.from);
  const [to, setTo] = React.useState(props.applied.to);
  const [invalid, setInvalid] = React.useState(false);
  const options: IChoiceGroupOption[] = PRESETS.map((key) => ({ key, text: t[key] }));
  const choose = (key: PresetKey): void => {
    setPreset(key);
    setInvalid(false);
    if (key === 'custom') return;
    const period = presetPeriod(key, props.today);
    setFrom(period.from);
    setTo(period.to);
    props.onApply(period);
  };
  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    const period = { from: from.trim(), to: to.trim() };
    if (!isValidPeriod(period.from, period.to)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setPreset('custom');
    props.onApply(period);
  };
  return (
    <form onSubmit={submit} className="uf-noprint" aria-label={t.period} noValidate>
      <Stack tokens={{ childrenGap: 8 }}>
        <ChoiceGroup label={t.preset} options={options} selectedKey={preset} onChange={(_e, o) => o && choose(o.key as PresetKey)} styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }} />
        <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
          <TextField label={t.from} description={t.dateHint} value={from} onChange={(_e, v) => setFrom(v ?? '')} inputMode="numeric" autoComplete="off" styles={{ root: { width: 170 } }} />
          <TextField label={t.to} description={t.dateHint} value={to} onChange={(_e, v) => setTo(v ?? '')} inputMode="numeric" autoComplete="off" styles={{ root: { width: 170 } }} />
          <PrimaryButton type="submit" text={t.show} styles={{ root: { marginBottom: 22 } }} />
        </Stack>
        {invalid && (
          <MessageBar messageBarType={MessageBarType.error} role="alert">
            {t.badPeriod}
          </MessageBar>
        )}
      </Stack>
    </form>
  );
}
