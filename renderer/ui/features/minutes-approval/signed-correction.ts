import { createContext, useContext } from 'react';
import type { SignedCorrection } from '../../../db/repositories/signed-minutes';

/**
 * The reason the clerk gave for correcting signed minutes, for every write made below it: the repositories
 * refuse a write to signed minutes without one (db/repositories/signed-minutes.ts). Undefined while the
 * minutes are not signed, or while no reason has been given (the controls are then disabled anyway).
 */
export const SignedCorrectionContext = createContext<SignedCorrection | undefined>(undefined);

/** The reason to hand to a repository write of minutes, if the clerk has given one on this screen. */
export function useSignedCorrection(): SignedCorrection | undefined {
  return useContext(SignedCorrectionContext);
}
