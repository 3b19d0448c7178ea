import { Button, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { db } from '../../../db/database';
import { revertTemplate, templateId } from '../../../db/repositories/templates';
import { checkTemplate } from '../../../documents/templates/check-template';
import { formatClockTime, formatLongDate } from '../../../domain/en-gb';
import { documentKinds, type DocumentKind } from '../../../domain/model';
import { ErrorMessage } from '../../common/error-message';
import { useAction } from '../../common/use-action';
import { downloadStartingTemplate, uploadTemplate } from './template-files';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

function uploadedWhen(iso: string): string {
  const at = new Date(iso);
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  return `${formatLongDate(iso.slice(0, 10))} at ${formatClockTime(time)}`;
}

/**
 * One kind of document's template: which is in use (the organisation's upload or the built-in house style), the
 * placeholders it uses, and the ways to change it. A refused upload says why and leaves the template in use alone.
 */
export function TemplateCard({ kind }: { kind: DocumentKind }) {
  const styles = useStyles();
  const what = documentKinds[kind];
  const template = useLiveQuery(async () => (await db.templates.get(templateId(kind))) ?? null, [kind]);
  const [upload, uploading] = useAction(uploadTemplate);
  const [revert, reverting] = useAction(revertTemplate);
  const [download, downloading] = useAction(downloadStartingTemplate);
  const [uploaded, setUploaded] = useState<string>();
  const check = template ? checkTemplate(kind, template.bytes) : undefined;
  const inUse = template ? `“${template.name}”` : 'the built-in house style';
  const error = uploading.error ?? reverting.error ?? downloading.error;
  return (
    <Card role="region" aria-label={`${what} template`}>
      <CardHeader header={<Text weight="semibold">{what}</Text>} />
      <Text>
        In use: {inUse}
        {template ? `, uploaded ${uploadedWhen(template.uploadedAt)}` : ''}.
      </Text>
      {check?.ok ? (
        <Text>
          Placeholders it uses:{' '}
          <span className={styles.code}>{check.placeholders.map((name) => `{{${name}}}`).join(', ')}</span>
        </Text>
      ) : null}
      {uploading.error ? (
        <ErrorMessage
          error={`${uploading.error} The ${what.toLowerCase()} template in use is still ${inUse}.`}
          title="The template was refused"
        />
      ) : (
        <ErrorMessage error={error} title="The template was not changed" />
      )}
      {uploaded && !uploading.error && template?.name === uploaded ? (
        <Text role="status">
          “{uploaded}” is now used for the {what.toLowerCase()}.
        </Text>
      ) : null}
      <div className={styles.bar}>
        <Button
          appearance="primary"
          disabled={uploading.busy}
          onClick={() => void upload(kind).then((name) => name && setUploaded(name))}
        >
          Upload a template for the {what.toLowerCase()} (.docx)
        </Button>
        <Button onClick={() => void download(kind)}>
          Download the starting {what.toLowerCase()} template
        </Button>
        {template ? (
          <Button onClick={() => void revert(kind)}>
            Go back to the built-in {what.toLowerCase()} template
          </Button>
        ) : null}
      </div>
    </Card>
  );
}
