import * as React from 'react';

/**
 * A ref and a function that moves focus to the ref's element. The move waits for the render that
 * the raise caused, since the element (a message, a summary) is often only shown by that render.
 */
export function useFocusOnRaise<T extends HTMLElement = HTMLDivElement>(): [React.RefObject<T>, () => void] {
  const ref = React.useRef<T>(null);
  const [count, setCount] = React.useState(0);
  React.useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count]);
  const raise = React.useCallback(() => setCount((n) => n + 1), []);
  return [ref, raise];
}
