import * as React from 'react';
import { Link } from '@fluentui/react';
import type { Catalogue } from '../../domain/types';
import type { AppSettings } from '../shared/appTypes';
import { formatNodes, useStrings } from '../../i18n/strings';
import { ListText } from '../../components/ListText';
import { strings } from './strings';

/** What can be ordered (the intranet page's texts), who may order (from Beställande organisationer) and the configurable links. */
// Memoised: a keystroke in the search box changes nothing here.
export const GeneralInfo = React.memo(function GeneralInfo(props: { catalogue: Catalogue; settings: AppSettings }): JSX.Element {
  const t = useStrings(strings);
  const organisations = props.catalogue.organisations.filter((o) => o.active);
  const names = { academy: <ListText>VGR Akademin</ListText>, portal: <ListText>{t.larportalen}</ListText> };
  return (
    <section>
      <h2 style={{ fontSize: 18, fontWeight: 600 }}>{t.whatHeading}</h2>
      <p data-general="academy">{formatNodes(t.academyIntro, names)}</p>
      <p data-general="what">{formatNodes(t.what, names)}</p>
      <h2 style={{ fontSize: 18, fontWeight: 600 }}>{t.whoMayOrder}</h2>
      <ul>
        {organisations.map((o) => (
          <li key={o.key}>
            <ListText>{o.name}</ListText>
          </li>
        ))}
      </ul>
      {(props.settings.larportalenUrl || props.settings.avtalskatalogUrl) && (
        <>
          <h2 style={{ fontSize: 18, fontWeight: 600 }}>{t.links}</h2>
          <ul>
            {props.settings.larportalenUrl && (
              <li>
                <Link href={props.settings.larportalenUrl} target="_blank" rel="noopener">
                  <ListText>{t.larportalen}</ListText>
                </Link>
              </li>
            )}
            {props.settings.avtalskatalogUrl && (
              <li>
                <Link href={props.settings.avtalskatalogUrl} target="_blank" rel="noopener">
                  {t.avtalskatalogen}
                </Link>
              </li>
            )}
          </ul>
        </>
      )}
    </section>
  );
});
