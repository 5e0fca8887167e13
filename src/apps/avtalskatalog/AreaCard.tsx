import * as React from 'react';
import { ITheme, mergeStyleSets, useTheme } from '@fluentui/react';
import type { AgreementArea, Catalogue } from '../../domain/types';
import { rankedSuppliers } from '../../domain/ranking';
import { canOrderArea } from '../../domain/orderability';
import { format, formatNodes, useStrings } from '../../i18n/strings';
import { strings } from './strings';
import { Highlighted } from './Highlighted';

/** What a card shows of an area's suppliers: worked out once per catalogue, not per keystroke. */
export interface CardFacts {
  orderable: boolean;
  firstSupplier: string;
  supplierCount: number;
}

export function cardFacts(catalogue: Catalogue): Map<string, CardFacts> {
  return new Map(
    catalogue.areas.map((area) => {
      const suppliers = rankedSuppliers(area.key, catalogue);
      return [area.key, { orderable: canOrderArea(area.key, catalogue), firstSupplier: suppliers[0]?.supplierName ?? '', supplierCount: suppliers.length }];
    })
  );
}

// Class names made once per theme: every keystroke re-renders the shown cards, and Fluent's Text and
// Link compute their styles on each render.
const cache = new WeakMap<ITheme, Record<'card' | 'title' | 'link' | 'summary' | 'small' | 'subtle' | 'soon', string>>();

function cardClasses(theme: ITheme) {
  let classes = cache.get(theme);
  if (!classes) {
    const { palette: p, semanticColors: c, fonts } = theme;
    const small = { fontSize: fonts.small.fontSize, fontWeight: fonts.small.fontWeight, margin: 0, display: 'block' };
    classes = mergeStyleSets({
      // A long Swedish compound at 200 % text is wider than the card; it breaks instead of running into the next card.
      // Contained: a card's new highlights lay out and paint that card, not the page.
      card: { border: `1px solid ${p.neutralQuaternary}`, borderRadius: 4, padding: 16, height: '100%', boxSizing: 'border-box', overflowWrap: 'break-word', background: p.white, color: c.bodyText, contain: 'content' },
      title: { fontSize: 18, fontWeight: 600, margin: '0 0 8px' },
      link: {
        color: c.link,
        textDecoration: 'none',
        cursor: 'pointer',
        selectors: { ':hover, :active': { color: c.linkHovered, textDecoration: 'underline' }, ':focus-visible': { outline: `2px solid ${p.themePrimary}`, outlineOffset: 1 } }
      },
      summary: { fontSize: fonts.medium.fontSize, fontWeight: fonts.medium.fontWeight, margin: '0 0 8px', display: 'block' },
      small,
      subtle: { ...small, margin: '0 0 8px', color: c.bodySubtext },
      soon: { ...small, fontStyle: 'italic' }
    });
    cache.set(theme, classes);
  }
  return classes;
}

export const AreaCard = React.memo(function AreaCard(props: { area: AgreementArea; facts: CardFacts; query: string; onOpen: (key: string) => void }): JSX.Element {
  const t = useStrings(strings);
  const css = cardClasses(useTheme());
  const { area, facts } = props;
  return (
    <article className={css.card}>
      <h2 className={css.title}>
        <a
          className={css.link}
          data-area-link={area.key}
          href={`?omrade=${encodeURIComponent(area.key)}`}
          onClick={(e) => {
            e.preventDefault();
            props.onOpen(area.key);
          }}
        >
          <Highlighted text={area.title} query={props.query} />
        </a>
      </h2>
      <p className={css.summary}>
        <Highlighted text={area.summary} query={props.query} />
      </p>
      {area.targetGroups.length > 0 && (
        <p className={css.subtle}>
          <Highlighted text={area.targetGroups.join(' · ')} query={props.query} />
        </p>
      )}
      {facts.orderable && facts.supplierCount > 0 ? (
        <p className={css.small}>
          {formatNodes(t.rank1, { supplier: <Highlighted text={facts.firstSupplier} query={props.query} /> })} ·{' '}
          {facts.supplierCount === 1 ? t.oneSupplier : format(t.supplierCount, { count: facts.supplierCount })}
        </p>
      ) : (
        <p className={css.soon}>{t.comingSoon}</p>
      )}
    </article>
  );
});
