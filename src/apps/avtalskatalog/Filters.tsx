import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, Stack } from '@fluentui/react';
import type { Catalogue, TargetGroup } from '../../domain/types';
import { TARGET_GROUPS } from '../../domain/types';
import { compareSwedish } from '../../domain/ranking';
import { useStrings } from '../shared/i18n';
import { strings } from './strings';

export interface FilterValue {
  targetGroups: TargetGroup[];
  supplierKey: string;
}

export const NO_FILTER: FilterValue = { targetGroups: [], supplierKey: '' };

/** Target group (several) and supplier (one); they combine with the search. */
export function Filters(props: { catalogue: Catalogue; value: FilterValue; onChange: (value: FilterValue) => void }): JSX.Element {
  const t = useStrings(strings);
  const used = new Set(props.catalogue.areas.flatMap((a) => a.targetGroups));
  const groupOptions: IDropdownOption[] = TARGET_GROUPS.filter((g) => used.has(g)).map((g) => ({ key: g, text: g }));
  const ranked = new Set(props.catalogue.rankings.map((r) => r.supplierKey));
  const supplierOptions: IDropdownOption[] = [
    { key: '', text: t.allSuppliers },
    ...props.catalogue.suppliers
      .filter((s) => s.active && ranked.has(s.key))
      .sort((a, b) => compareSwedish(a.name, b.name))
      .map((s) => ({ key: s.key, text: s.name }))
  ];
  const active = props.value.targetGroups.length > 0 || !!props.value.supplierKey;
  return (
    <Stack horizontal wrap tokens={{ childrenGap: 12 }} verticalAlign="end">
      <Dropdown
        label={t.targetGroupFilter}
        placeholder={t.allTargetGroups}
        multiSelect
        options={groupOptions}
        selectedKeys={props.value.targetGroups}
        onChange={(_e, option) => {
          if (!option) return;
          const key = option.key as TargetGroup;
          const targetGroups = option.selected ? [...props.value.targetGroups, key] : props.value.targetGroups.filter((g) => g !== key);
          props.onChange({ ...props.value, targetGroups });
        }}
        styles={{ root: { minWidth: 240, maxWidth: 320 } }}
      />
      <Dropdown
        label={t.supplierFilter}
        options={supplierOptions}
        selectedKey={props.value.supplierKey}
        onChange={(_e, option) => option && props.onChange({ ...props.value, supplierKey: String(option.key) })}
        styles={{ root: { minWidth: 220, maxWidth: 320 } }}
      />
      {active && <DefaultButton text={t.clearFilters} onClick={() => props.onChange(NO_FILTER)} />}
    </Stack>
  );
}
