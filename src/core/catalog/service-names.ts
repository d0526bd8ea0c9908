/**
 * Official service names, generated from AWS metadata (see
 * `scripts/service-names-transform.mjs`), and the rules that turn them into
 * names the mention matcher may look for in prose without tagging English.
 */
import { phraseTokens } from './mention-matcher';
import generatedJson from './generated/service-names.json';

/** The shape of `generated/service-names.json`. */
export interface GeneratedServiceNames {
  /** Packages, versions and licences the names come from. */
  source: string;
  /** Per namespace: the official full name, the short name, then other names people write (the SDK's service id). */
  names: Record<string, string[]>;
  /** Namespaces no source names, with the reason. */
  unnamed: Record<string, string>;
}

/** The generated names checked in with the extension. */
export const GENERATED_SERVICE_NAMES = generatedJson as unknown as GeneratedServiceNames;

/** The names one namespace's service is known by. */
export interface ServiceNames {
  /** e.g. "AWS Elemental MediaLive". */
  fullName: string;
  /** e.g. "MediaLive", "Lookout for Equipment", "IVS". */
  shortName: string;
  /** Every name, full name first. */
  all: readonly string[];
}

/** Names to match: `aliases` in any case, `abbreviations` in their own case only. */
export interface MatchableNames {
  aliases: string[];
  abbreviations: string[];
}

/** Small words that make a run of plain words a product's name: "Lookout for Equipment", "Support App in Slack". */
const CONNECTORS = new Set(['for', 'on', 'of', 'with', 'in', 'and']);

/**
 * CamelCase words that are the industry's, not a product's: "IoT events" and
 * "a DevOps guru" are ordinary prose, so "IoT Events" and "DevOps Guru" need
 * their prefix like any plain name.
 */
const GENERIC_CAMEL_CASE = new Set(['IoT', 'DevOps']);

/** The names of a namespace's service, or undefined when no source names it. */
export function serviceNamesOf(names: GeneratedServiceNames, namespace: string): ServiceNames | undefined {
  const stored = Object.hasOwn(names.names, namespace) ? names.names[namespace] : undefined;
  if (!Array.isArray(stored) || typeof stored[0] !== 'string' || !stored[0]) return undefined;
  const all = stored.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
  return { fullName: all[0], shortName: all[1] ?? all[0], all };
}

/**
 * A word no English text uses: CamelCase with an inner capital ("MediaLive",
 * "SiteWise"; not the generic "IoT" or "DevOps"), letters mixed with digits ("Macie2", "V2"), or an acronym of three
 * letters or more ("IVS", "SCEP"). Two-letter acronyms ("AI", "ML", "ID") are
 * too common to count.
 */
function isDistinctiveToken(token: string): boolean {
  if (GENERIC_CAMEL_CASE.has(token)) return false;
  if (/^[A-Z][A-Z0-9]{2,}$/.test(token)) return true;
  if (/[A-Za-z]/.test(token) && /\d/.test(token)) return true;
  return /^[A-Za-z][a-z]*[A-Z]/.test(token) && /[a-z]/.test(token);
}

/**
 * Which of a service's generated names may tag prose, and how:
 * - a name with its "AWS " or "Amazon " prefix matches in any case
 *   ("Amazon Pinpoint", "AWS Elemental MediaLive");
 * - a bare name matches only as written (case-sensitive), and only when it
 *   cannot be English: one distinctive word of four letters or more
 *   ("MediaLive", "GameLift"), an acronym ("IVS"), several words of which
 *   one is distinctive ("IoT SiteWise", "CodeGuru Profiler"), or three words
 *   or more joined by a small word ("Lookout for Equipment");
 * - a bare run of plain words ("Pinpoint", "Device Farm", "Supply Chain",
 *   "Multi-party approval"), generic terms included ("IoT Events", "DevOps
 *   Guru"), needs its prefix.
 */
export function matchableNames(names: readonly string[]): MatchableNames {
  const result: MatchableNames = { aliases: [], abbreviations: [] };
  for (const raw of names) {
    const name = raw.replace(/\s*\([^)]*\)\s*$/, '').trim();
    if (!name) continue;
    if (/^(?:AWS|Amazon) \S/.test(name)) {
      if (!result.aliases.includes(name)) result.aliases.push(name);
      continue;
    }
    const tokens = phraseTokens(name);
    const distinctive = tokens.length === 1
      ? /^[A-Z][A-Z0-9]{2,}$/.test(tokens[0]) || (tokens[0].length >= 4 && isDistinctiveToken(tokens[0]))
      : tokens.some(isDistinctiveToken) || (tokens.length >= 3 && tokens.some((token) => CONNECTORS.has(token)));
    if (distinctive && !result.abbreviations.includes(name)) result.abbreviations.push(name);
  }
  return result;
}
