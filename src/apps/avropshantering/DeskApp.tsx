import * as React from 'react';
import type { AppProps } from '../shared/appTypes';

export default function DeskApp(props: AppProps): JSX.Element {
  return <div lang={props.env.lang}>DeskApp</div>;
}
