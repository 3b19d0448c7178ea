import { concludeCallIn, recordCallIn, withdrawCallIn } from '../../../db/repositories/executive-decisions';
import {
  concludeIndividualCallIn,
  recordIndividualCallIn,
  withdrawIndividualCallIn,
} from '../../../db/repositories/individual-decisions';
import type { DeadlineRules } from '../../../domain/calendar/deadline-rules';
import type { CallIn, IsoDate } from '../../../domain/model';

/**
 * The call-in writes of one decision, wherever it is kept (on a meeting's agenda item, or a decision taken by
 * one person), so the call-in forms serve both. `scope` is the screen's undo scope; `id` keys the kept draft.
 */
export type CallInSteps = {
  id: string;
  scope: string;
  record: (callIn: CallIn, rules: DeadlineRules) => Promise<void>;
  withdraw: () => Promise<void>;
  conclude: (on: IsoDate | undefined) => Promise<void>;
};

/** The call-in of a decision taken at a meeting, kept on its agenda item. */
export function itemCallInSteps(itemId: string): CallInSteps {
  return {
    id: itemId,
    scope: `decision/${itemId}`,
    record: (callIn, rules) => recordCallIn(itemId, callIn, rules),
    withdraw: () => withdrawCallIn(itemId),
    conclude: (on) => concludeCallIn(itemId, on),
  };
}

/** The call-in of a decision taken by one person. */
export function individualCallInSteps(decisionId: string): CallInSteps {
  return {
    id: decisionId,
    scope: `individual-decision/${decisionId}`,
    record: (callIn, rules) => recordIndividualCallIn(decisionId, callIn, rules),
    withdraw: () => withdrawIndividualCallIn(decisionId),
    conclude: (on) => concludeIndividualCallIn(decisionId, on),
  };
}
