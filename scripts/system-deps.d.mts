export declare const systemPackages: { name: string; present: () => boolean }[];
export declare function chromiumPath(): string;
export declare function missingSystemPackages(): string[];
