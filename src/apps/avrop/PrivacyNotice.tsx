import * as React from 'react';
import { useTheme } from '@fluentui/react';
import { WithSiteNames } from '../../components/SiteNames';
import { useStrings } from '../../i18n/strings';
import { strings } from './strings';

/** What happens to what the orderer writes, said before the form's first field. */
export function PrivacyNotice(props: { id: string }): JSX.Element {
  const t = useStrings(strings);
  const theme = useTheme();
  return (
    <section aria-labelledby={props.id} style={{ borderLeft: `4px solid ${theme.palette.themePrimary}`, padding: '4px 12px' }}>
      <h3 id={props.id} style={{ fontSize: 16, fontWeight: 600, margin: '4px 0' }}>
        {t.privacyHeading}
      </h3>
      <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
        <li>
          <WithSiteNames text={t.privacyStored} />
        </li>
        <li>{t.privacyWho}</li>
        <li>{t.privacySupplier}</li>
        <li>
          <strong>{t.privacyHealth}</strong>
        </li>
        <li>{t.privacyDraft}</li>
      </ul>
    </section>
  );
}
