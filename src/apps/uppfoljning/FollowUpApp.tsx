import * as React from 'react';
import type { AppProps } from '../shared/appTypes';

export default function FollowUpApp(props: AppProps): JSX.Element {
  return <div lang={props.env.lang}>FollowUpApp</div>;
}
