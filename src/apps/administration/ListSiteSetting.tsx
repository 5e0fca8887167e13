import * as React from 'react';
import { MessageBar, MessageBarType, Stack } from '@fluentui/react';
import type { AppServices } from '../shared/services';
import { LIST_SITE_PROPERTY } from '../../data/siteSettings';
import { useAsync } from '../../components/useAsync';
import { format, formatNodes, useStrings } from '../../i18n/strings';
import { ErrorText } from '../../components/MessageText';
import { strings } from './strings';

const sameSite = (a: string, b: string): boolean => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

/** The tenant-wide default list site (a tenant property): what it is and who sets it, and how. */
export function ListSiteSetting(props: { services: AppServices; siteUrl: string }): JSX.Element {
  const t = useStrings(strings);
  const state = useAsync(() => props.services.site.listSiteDefault(), [props.services]);
  const key = LIST_SITE_PROPERTY;
  const here = new URL(props.siteUrl, typeof location === 'undefined' ? 'https://localhost' : location.href).toString().replace(/\/+$/, '');
  const value = here.startsWith('http://localhost') || here.startsWith('http://127.0.0.1') ? `https://<${t.tenantPlaceholder}>.sharepoint.com/sites/<${t.sitePlaceholder}>` : here;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <p style={{ margin: 0 }}>{format(t.listSiteIntro, { key })}</p>
      {state.status === 'ready' && state.data && (
        <MessageBar messageBarType={sameSite(state.data, here) ? MessageBarType.success : MessageBarType.warning} isMultiline>
          {format(t.listSiteSet, { key, url: state.data })} {sameSite(state.data, here) ? t.listSiteIsThis : format(t.listSiteIsOther, { here })}
        </MessageBar>
      )}
      {state.status === 'ready' && !state.data && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline>
          {format(t.listSiteUnset, { key })}
        </MessageBar>
      )}
      {state.status === 'error' && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {formatNodes(t.listSiteUnknown, { message: <ErrorText error={state.error} /> })}
        </MessageBar>
      )}
      <p style={{ margin: 0 }}>{t.listSiteHow}</p>
      <pre style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: 13 }}>
        <code>
          {`Connect-PnPOnline -Url https://<${t.tenantPlaceholder}>.sharepoint.com/sites/appcatalog -Interactive\nSet-PnPStorageEntity -Key ${key} -Value "${value}" -Description "${t.listSiteDescription}"\n\nm365 spo storageentity set --appCatalogUrl https://<${t.tenantPlaceholder}>.sharepoint.com/sites/appcatalog --key ${key} --value "${value}" --description "${t.listSiteDescription}"`}
        </code>
      </pre>
    </Stack>
  );
}
