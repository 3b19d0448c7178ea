/** Every icon file, by path relative to build/, made from the 1024 x 1024 source PNG's bytes. */
export function iconsFrom(sourcePng: Buffer): Map<string, Buffer>;
export const linuxSizes: number[];
export const windowsSizes: number[];
export const macTypes: Record<number, string>;
