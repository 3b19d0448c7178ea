import { Spinner } from '@fluentui/react-components';

export function Loading({ what }: { what: string }) {
  return <Spinner label={`Loading ${what}...`} />;
}
