import * as React from 'react';
import { getId, useTheme } from '@fluentui/react';
import type { Catalogue, TargetGroup } from '../../domain/types';
import { TARGET_GROUPS } from '../../domain/types';
import { compareSwedish } from '../../domain/ranking';
import { LangContext, useStrings } from '../../i18n/strings';
import { ListText, listTextProps } from '../../components/ListText';
import { strings } from './strings';
import { controlClasses } from '../../components/controlStyles';

export interface FilterValue {
  targetGroups: TargetGroup[];
  supplierKey: string;
}

export const NO_FILTER: FilterValue = { targetGroups: [], supplierKey: '' };

/** Target group (several, as checkboxes) and supplier (one, a select); they combine with the search. */
// Memoised: a keystroke in the search box changes nothing here.
export const Filters = React.memo(function Filters(props: { catalogue: Catalogue; value: FilterValue; onChange: (value: FilterValue) => void }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const css = controlClasses(useTheme());
  const [supplierId] = React.useState(() => getId('avtalskatalog-supplier'));
  const used = new Set(props.catalogue.areas.flatMap((a) => a.targetGroups));
  const groups = TARGET_GROUPS.filter((g) => used.has(g));
  const ranked = new Set(props.catalogue.rankings.map((r) => r.supplierKey));
  const suppliers = props.catalogue.suppliers.filter((s) => s.active && ranked.has(s.key)).sort((a, b) => compareSwedish(a.name, b.name));
  const active = props.value.targetGroups.length > 0 || !!props.value.supplierKey;
  const toggle = (group: TargetGroup, on: boolean): void => {
    const targetGroups = on ? [...props.value.targetGroups, group] : props.value.targetGroups.filter((g) => g !== group);
    props.onChange({ ...props.value, targetGroups });
  };
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' }}>
      <fieldset className={css.fieldset}>
        <legend className={css.label}>{t.targetGroupFilter}</legend>
        {groups.map((group) => (
          <label key={group} className={css.checkboxRow}>
            <input type="checkbox" checked={props.value.targetGroups.indexOf(group) >= 0} onChange={(e) => toggle(group, e.currentTarget.checked)} />
            <ListText>{group}</ListText>
          </label>
        ))}
      </fieldset>
      <div>
        <label className={css.label} htmlFor={supplierId}>
          {t.supplierFilter}
        </label>
        <select
          id={supplierId}
          className={css.select}
          value={props.value.supplierKey}
          onChange={(e) => props.onChange({ ...props.value, supplierKey: e.currentTarget.value })}
        >
          <option value="">{t.allSuppliers}</option>
          {suppliers.map((s) => (
            <option key={s.key} value={s.key} {...listTextProps(lang)}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      {active && (
        <button type="button" className={css.button} onClick={() => props.onChange(NO_FILTER)}>
          {t.clearFilters}
        </button>
      )}
    </div>
  );
});
