import type { RichText } from '../../domain/model';
import type { SignedCorrection } from '../repositories/signed-minutes';

/** A minute's text to store, as the editor hands it over (saveTypedMinute), numbered in the order it was sent. */
export type TypedMinuteRequest = {
  id: number;
  minuteId: string;
  text: RichText;
  keepBefore?: RichText;
  correction?: SignedCorrection;
};

/**
 * The worker's answer. `done` carries when the transaction committed, as an absolute time (the worker's
 * performance.timeOrigin + now(), which the page turns into its own clock) and the clock stamp it wrote with;
 * `refused` is the signed minutes' refusal, in the clerk's words; `failed` any other failure's message.
 */
export type TypedMinuteAnswer =
  | { id: number; outcome: 'done'; committedAt: number; stamp?: string }
  | { id: number; outcome: 'refused' | 'failed'; name: string; message: string };
