// One order's call-off documentation: a CSV for Excel and the page itself as a print view. The
// print style sheet leaves out what only works on screen (the actions, the way back, these buttons).
import * as React from 'react';
import { DefaultButton, Stack, Text } from '@fluentui/react';
import { toCsv } from '../../domain/csv';
import type { Catalogue, Order } from '../../domain/types';
import { downloadCsv } from '../../components/csvDownload';
import { LangContext, useStrings } from '../../i18n/strings';
import { orderCsvFileName, orderCsvRows } from './orderCsv';
import { strings } from './strings';

/** Class of everything the print view leaves out. */
export const NO_PRINT = 'ua-desk-noprint';

const PRINT_CSS = `@media print {
  .${NO_PRINT} { display: none !important; }
  .ua-desk-order section { break-inside: avoid; }
}`;

export function OrderExport(props: { order: Order; catalogue: Catalogue; now: Date }): JSX.Element {
  const t = useStrings(strings);
  const lang = React.useContext(LangContext);
  const download = (): void => downloadCsv(orderCsvFileName(props.order, t), toCsv(orderCsvRows(props.order, props.catalogue, t, lang, props.now)));
  return (
    <section className={NO_PRINT}>
      <style>{PRINT_CSS}</style>
      <h3>{t.exportHeading}</h3>
      <Text as="p" block>
        {t.exportIntro}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
        <DefaultButton text={t.exportCsv} iconProps={{ iconName: 'Download' }} onClick={download} />
        <DefaultButton text={t.print} iconProps={{ iconName: 'Print' }} onClick={() => window.print()} />
      </Stack>
    </section>
  );
}
