export function satisfies(version: string, range: string): boolean;
export function checkNode(version: string, range: string): string | null;
