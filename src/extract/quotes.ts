// TEMPORARY (replaced by the quotes branch).
import type { Quote } from '../record.ts';
export function findQuotes(_paragraphs: string[]): Quote[] { return []; }
export function canonicalSpeaker(name: string): string { return name.trim(); }
