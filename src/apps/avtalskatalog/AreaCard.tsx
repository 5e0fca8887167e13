import * as React from 'react';
import { Link, Text, useTheme } from '@fluentui/react';
import type { AgreementArea, Catalogue } from '../../domain/types';
import { rankedSuppliers } from '../../domain/ranking';
import { canOrderArea } from '../../domain/orderability';
import { format, useStrings } from '../../i18n/strings';
import { strings } from './strings';
import { Highlighted } from './Highlighted';

export function AreaCard(props: { area: AgreementArea; catalogue: Catalogue; query: string; onOpen: (key: string) => void }): JSX.Element {
  const t = useStrings(strings);
  const theme = useTheme();
  const { area } = props;
  const suppliers = rankedSuppliers(area.key, props.catalogue);
  const orderable = canOrderArea(area.key, props.catalogue);
  return (
    <article
      style={{
        border: `1px solid ${theme.palette.neutralQuaternary}`,
        borderRadius: 4,
        padding: 16,
        height: '100%',
        boxSizing: 'border-box',
        // A long Swedish compound at 200 % text is wider than the card; it breaks instead of running into the next card.
        overflowWrap: 'break-word',
        background: theme.palette.white
      }}
    >
      <h2 style={{ fontSize: 18, fontWeight: 600, margin: '0 0 8px' }}>
        <Link
          data-area-link={area.key}
          href={`?omrade=${encodeURIComponent(area.key)}`}
          onClick={(e) => {
            e.preventDefault();
            props.onOpen(area.key);
          }}
        >
          <Highlighted text={area.title} query={props.query} />
        </Link>
      </h2>
      <Text as="p" block styles={{ root: { margin: '0 0 8px' } }}>
        <Highlighted text={area.summary} query={props.query} />
      </Text>
      {area.targetGroups.length > 0 && (
        <Text as="p" block variant="small" styles={{ root: { margin: '0 0 8px', color: theme.semanticColors.bodySubtext } }}>
          <Highlighted text={area.targetGroups.join(' · ')} query={props.query} />
        </Text>
      )}
      {orderable && suppliers.length > 0 ? (
        <Text as="p" block variant="small" styles={{ root: { margin: 0 } }}>
          <Highlighted text={format(t.rank1, { supplier: suppliers[0].supplierName })} query={props.query} /> ·{' '}
          {suppliers.length === 1 ? t.oneSupplier : format(t.supplierCount, { count: suppliers.length })}
        </Text>
      ) : (
        <Text as="p" block variant="small" styles={{ root: { margin: 0, fontStyle: 'italic' } }}>
          {t.comingSoon}
        </Text>
      )}
    </article>
  );
}
