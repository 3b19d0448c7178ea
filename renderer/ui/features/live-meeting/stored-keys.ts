/**
 * What the live screen's writers write to, so a field that opens waits for this window's writes to it first
 * (see writesSettled). The minute's text and its conclusions are one record.
 */
export const storedKey = {
  minute: (minuteId: string) => `minutes/${minuteId}`,
  resolution: (minuteId: string) => `resolutions/${minuteId}`,
};
