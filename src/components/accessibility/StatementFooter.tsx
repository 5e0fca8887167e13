import * as React from 'react';
import { Link, useTheme } from '@fluentui/react';
import type { Lang } from '../../i18n/lang';
import { useStrings } from '../../i18n/strings';
import { Loading } from '../LoadStates';
import { strings } from './strings';

// DIGG: the statement must be reachable from every page, for example from a footer. Its text is
// bundled (Teams tabs cannot reach docs/ on GitHub) but loads only when it is opened.
const AccessibilityStatement = React.lazy(() => import(/* webpackChunkName: 'utbildningsavrop-tillganglighet' */ './AccessibilityStatement'));

/** The footer every app shows: a link that opens the accessibility statement in a panel. */
export function StatementFooter(props: { lang: Lang }): JSX.Element {
  const t = useStrings(strings);
  const theme = useTheme();
  const [open, setOpen] = React.useState(false);
  // Mounted from the first opening on, so the panel can play its closing animation and hand focus back.
  const [loaded, setLoaded] = React.useState(false);
  return (
    <footer style={{ marginTop: 24, paddingTop: 8, borderTop: `1px solid ${theme.palette.neutralLight}` }}>
      <Link
        aria-haspopup="dialog"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        {t.link}
      </Link>
      {loaded && (
        <React.Suspense fallback={<Loading label={t.loading} />}>
          <AccessibilityStatement lang={props.lang} isOpen={open} onDismiss={() => setOpen(false)} />
        </React.Suspense>
      )}
    </footer>
  );
}
