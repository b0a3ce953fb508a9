// One piece of evidence for the outlet's name: where it was read, how much it counts, and why.

export type CueKind = 'title' | 'title-lead' | 'title-part' | 'breadcrumb' | 'self' | 'copyright' | 'domain' | 'name-line';

export interface SourceCue {
  /** The name as the page writes it (shown when this cue wins the vote). */
  name: string;
  /** Other forms used only to recognise the same outlet ("NYP Holdings" → "NYP"). */
  alt?: readonly string[];
  kind: CueKind;
  /** A copyright owner that is a company name (shown only when nothing else names the outlet). */
  company?: boolean;
  weight: number;
  /** Block the cue was read from, -1 for the title line. */
  at: number;
  /** Why this counts as evidence (kept next to the rule that made it). */
  reason: string;
}
