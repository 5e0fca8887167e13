import * as React from 'react';
import type { AppProps } from '../shared/appTypes';

export default function CatalogueApp(props: AppProps): JSX.Element {
  return <div lang={props.env.lang}>CatalogueApp</div>;
}
