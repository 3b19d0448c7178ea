import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { bridge } from '../../../platform/bridge';
import { offerOpenedFile } from './opened-file';

/**
 * Listens, for the whole session, for a .chamber file opened from the desktop and shows its import preview.
 * In a browser tab the bridge never sends one.
 */
export function OpenChamberFileListener() {
  const navigate = useNavigate();
  useEffect(
    () =>
      bridge().onOpenChamberFile((file) => {
        offerOpenedFile(file);
        void navigate('/sync');
      }),
    [navigate],
  );
  return null;
}
