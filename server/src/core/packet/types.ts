import type { ScaleId } from '../model/types';
import type { LevelScore } from '../score/types';

/** Why the packet is about its level. */
export type PacketLevelReason = 'chosen' | 'target' | 'closest-next';

/** An input of the packet, whose content the edge hashes for the stamp. */
export interface PacketSource {
  uri: string;
  role: 'assessment' | 'ladder' | 'catalogue';
  text: string;
}

export interface PacketRating {
  competency: string;
  name: string;
  rated: ScaleId | null;
  evidence: string[];
  note?: string;
}

/** Everything a promotion packet shows, taken from the files and the engine; nothing else. */
export interface PacketData {
  person: string;
  asOf: string;
  ladder: { id: string; name: string };
  currentLevel?: { id: string; name: string };
  /** The level of the packet, scored. */
  level: LevelScore;
  reason: PacketLevelReason;
  summary?: string;
  responsibilities: string[];
  trackName?: string;
  scale: { id: ScaleId; name?: string }[];
  competencyNames: ReadonlyMap<string, string>;
  /** Every level scored, in file order: the matrix. */
  levels: LevelScore[];
  /** Each rating of the assessment, in file order, with its evidence and note. */
  ratings: PacketRating[];
  waivers: { requirement: string; reason?: string; appliesHere: boolean }[];
  /** The assessment, its ladder and the catalogues the ladder includes. */
  sources: PacketSource[];
}

/** What makes a packet reproducible; computed at the edge (hashes, git) and shown at its end. */
export interface PacketStamp {
  files: { path: string; role: PacketSource['role']; sha256: string }[];
  /** The commit checked out where the assessment is, when it is in a git repository. */
  commit?: string;
  /** The version of the tool that wrote the packet. */
  version: string;
}
