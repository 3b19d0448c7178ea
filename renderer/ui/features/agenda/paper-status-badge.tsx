import { Badge } from '@fluentui/react-components';
import type { AttachedDocument } from '../../../domain/model';

/** "Exempt, paragraph 3" or "Public": a paper's own status, as the papers table shows it. */
export function PaperStatusBadge({ paper }: { paper: AttachedDocument }) {
  if (!paper.exempt) return <Badge appearance="outline">Public</Badge>;
  return (
    <Badge color="danger" appearance="tint">
      {paper.exemptParagraph ? `Exempt, paragraph ${paper.exemptParagraph}` : 'Exempt'}
    </Badge>
  );
}
