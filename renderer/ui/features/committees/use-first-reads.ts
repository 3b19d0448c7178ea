import { useEffect, useState } from 'react';
import { firstReadsOfCommittee, type CommitteePageReads } from '../../shell/first-reads';

/**
 * What the start read for this committee's page before React was running (shell/first-reads.ts), once it has
 * answered; undefined otherwise. The page shows it only until its own live reads answer.
 */
export function useFirstReads(committeeId: string): CommitteePageReads | undefined {
  const [reads, setReads] = useState<CommitteePageReads>();
  useEffect(() => {
    const pending = firstReadsOfCommittee(committeeId);
    if (!pending) return;
    let current = true;
    pending.then(
      (answer) => current && setReads(answer),
      // Nothing to show early: the page's own reads will answer, or report the failure.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [committeeId]);
  return reads?.committeeId === committeeId ? reads : undefined;
}
