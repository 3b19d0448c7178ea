import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/**
 * What the builder could not do as asked, shown after a pack is saved: a page count it had to estimate, an
 * attachment it could not read, a comment it left out. Each is a sentence naming the paper and what to do.
 */
export function BuildWarnings({ title, warnings }: { title: string; warnings: string[] }) {
  if (warnings.length === 0) return null;
  const heading =
    warnings.length === 1
      ? `Check one thing in the ${title.toLowerCase()}`
      : `Check ${warnings.length} things in the ${title.toLowerCase()}`;
  return (
    <MessageBar intent="warning" layout="multiline" role="region" aria-label={heading}>
      <MessageBarBody>
        <MessageBarTitle>{heading}</MessageBarTitle>
        <ul>
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
