import * as React from 'react';
import { Link, useTheme } from '@fluentui/react';
import type { ListState } from '../../data/provisioning/siteState';
import { format, formatNodes, useStrings } from '../../i18n/strings';
import { ListText } from '../../components/ListText';
import { setupStrings } from './strings';

function stateOf(list: ListState, asOwner: boolean, t: (typeof setupStrings)['sv']): string {
  if (!list.found) return asOwner ? t.listMissing : t.listHidden;
  const problems = list.checks.filter((c) => c.status === 'missing' || c.status === 'different').length;
  if (problems > 0) return format(t.listProblems, { count: problems });
  return list.checks.some((c) => c.status === 'unknown') ? t.listUnknown : t.listOk;
}

/** Each list with its state and a link that opens its default view in SharePoint, in a new tab. */
export function ListLinks(props: { lists: ListState[]; asOwner: boolean }): JSX.Element {
  const t = useStrings(setupStrings);
  const theme = useTheme();
  const cell: React.CSSProperties = { textAlign: 'left', padding: '6px 12px', borderBottom: `1px solid ${theme.palette.neutralLight}`, verticalAlign: 'top', overflowWrap: 'anywhere' };
  const hidden = props.lists.some((l) => !l.found) && !props.asOwner;
  return (
    <div style={{ minWidth: 0, maxWidth: '100%' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }} data-list-links="">
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{t.linksCaption}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>{t.colList}</th>
            <th scope="col" style={cell}>{t.colState}</th>
            <th scope="col" style={cell}>{t.colOpen}</th>
          </tr>
        </thead>
        <tbody>
          {props.lists.map((list) => (
            <tr key={list.key}>
              <th scope="row" style={cell}>
                <ListText>{list.title}</ListText>
              </th>
              <td style={cell}>{stateOf(list, props.asOwner, t)}</td>
              <td style={cell}>
                {list.url ? (
                  <Link href={list.url} target="_blank" rel="noopener noreferrer" aria-label={format(t.openLabel, { list: list.title })}>
                    {formatNodes(t.open, { list: <ListText>{list.title}</ListText> })}
                  </Link>
                ) : (
                  t.noLink
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden && <p style={{ margin: '8px 0 0' }}>{t.hiddenExplained}</p>}
    </div>
  );
}
