import type { IdentityRecord } from "../../cluster/index.js";
import { NICKNAMES } from "../../cluster/index.js";
import { rangeError } from "../../core/index.js";
import { sfc32 } from "../sfc32.js";
import { EMAIL_DOMAINS, FAMILY_NAMES, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, STREETS, TOWNS } from "./names.js";

/**
 * Options for {@link generatePeople}.
 *
 * @example
 * ```ts
 * import type { GeneratePeopleOptions } from "council-contact/synth";
 * const options: GeneratePeopleOptions = { people: 500, seed: 7 };
 * options.people //=> 500
 * ```
 */
export interface GeneratePeopleOptions {
  /** How many people. Required: a whole number from 1 to 10,000,000. */
  readonly people: number;
  /** Seed: the same seed gives the same people and records. Default 1. */
  readonly seed?: number;
  /** The cluster of every record. Default `"revenues"`. */
  readonly cluster?: string;
  /** Mean records per person, from 1 to 20 (the extra records a person has follow a geometric distribution, capped at 12). Default 1.5. */
  readonly meanRecords?: number;
}

/**
 * Synthetic people and the records services hold of them, with the truth kept beside them.
 *
 * @example
 * ```ts
 * import { generatePeople, type SyntheticPeople } from "council-contact/synth";
 * const data: SyntheticPeople = generatePeople({ people: 10 });
 * data.people.length //=> 10
 * ```
 */
export interface SyntheticPeople {
  /** The records, in random order, with ids `r0000001`, …. */
  readonly records: readonly IdentityRecord[];
  /** Each person and the ids of their records: the true identities. */
  readonly people: readonly {
    /** The person's id, `person-0000001`, …. */
    readonly id: string;
    /** The ids of the person's records. */
    readonly recordIds: readonly string[];
  }[];
}

interface Home {
  readonly addressLines: readonly string[];
  readonly town: string;
  readonly postcode: string;
  readonly uprn: string;
}

interface Person {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  /** A former family name (marriage), used on some records. */
  readonly formerFamilyName?: string;
  readonly dateOfBirth: string;
  readonly email?: string;
  readonly phone?: string;
  readonly home: Home;
  /** A former home (people who moved house), used on some records. */
  readonly formerHome?: Home;
  readonly reference: string;
}

const INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
const TYPO_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * Generates labelled people for testing identity resolution: households sharing an address, a surname and
 * sometimes an email; twins (same birthday, surname and home, different given names); people who moved house;
 * name changes; and on each record the slips of real data entry: typos, nicknames, day and month swapped, a
 * digit wrong, missing fields, phone numbers written differently. The truth comes back beside the records.
 *
 * @param options - how many people, the seed, the cluster and the mean records per person.
 * @returns the records (shuffled) and the true people.
 * @throws {RangeError} if `people` is not a whole number from 1 to 10,000,000, or another option is out of range.
 * @example
 * ```ts
 * import { generatePeople } from "council-contact/synth";
 * const { records, people } = generatePeople({ people: 100, seed: 3 });
 * people.reduce((sum, person) => sum + person.recordIds.length, 0) === records.length //=> true
 * generatePeople({ people: 0 }) //=> throws RangeError
 * ```
 */
export function generatePeople(options: GeneratePeopleOptions): SyntheticPeople {
  if (typeof options !== "object" || options === null) throw rangeError("options", "an object", options);
  const { people: count, seed = 1, cluster = "revenues", meanRecords = 1.5 } = options;
  if (!Number.isInteger(count) || count < 1 || count > 10_000_000)
    throw rangeError("options.people", "a whole number from 1 to 10,000,000", count);
  if (!Number.isSafeInteger(seed)) throw rangeError("options.seed", "a safe integer", seed);
  if (typeof cluster !== "string" || cluster === "") throw rangeError("options.cluster", "a non-empty string", cluster);
  if (typeof meanRecords !== "number" || !(meanRecords >= 1 && meanRecords <= 20))
    throw rangeError("options.meanRecords", "a number from 1 to 20", meanRecords);
  const random = sfc32(seed);
  const pick = <T>(list: readonly T[], skew = 1): T => list[Math.floor(list.length * random() ** skew)]!;
  const chance = (p: number): boolean => random() < p;
  const digits = (n: number): string => {
    let text = "";
    for (let i = 0; i < n; i++) text += String(Math.floor(random() * 10));
    return text;
  };
  const newHome = (): Home => {
    const [town, area] = pick(TOWNS);
    const district = 1 + Math.floor(random() * 30);
    const inward = `${Math.floor(random() * 10)}${pick([...INWARD_LETTERS])}${pick([...INWARD_LETTERS])}`;
    return {
      addressLines: [`${1 + Math.floor(random() * 180)} ${pick(STREETS)}`],
      town,
      postcode: `${area}${district} ${inward}`,
      uprn: `${1 + Math.floor(random() * 9)}${digits(11)}`,
    };
  };
  const birthday = (from: number, to: number): string => {
    const year = from + Math.floor(random() * (to - from + 1));
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    return `${year}-${pad(month)}-${pad(day)}`;
  };
  const givenName = (): string => (chance(0.5) ? pick(GIVEN_NAMES_FEMALE, 1.6) : pick(GIVEN_NAMES_MALE, 1.6));
  const person = (
    home: Home,
    familyName: string,
    dateOfBirth: string,
    email: string | undefined,
    given = givenName(),
  ): Person => {
    const id = `person-${String(persons.length + 1).padStart(7, "0")}`;
    const ownEmail =
      email ??
      (chance(0.65)
        ? `${given.toLowerCase()}.${familyName.toLowerCase().replace(/[^a-z]/g, "")}${digits(4)}@${pick(EMAIL_DOMAINS)}`
        : undefined);
    return {
      id,
      givenName: given,
      familyName,
      ...(chance(0.05) ? { formerFamilyName: pick(FAMILY_NAMES, 1.5) } : {}),
      dateOfBirth,
      ...(ownEmail === undefined ? {} : { email: ownEmail }),
      ...(chance(0.7) ? { phone: `07${digits(9)}` } : {}),
      home,
      ...(chance(0.15) ? { formerHome: newHome() } : {}),
      reference: `CN${digits(8)}`,
    };
  };
  const persons: Person[] = [];
  while (persons.length < count) {
    const home = newHome();
    const surname = pick(FAMILY_NAMES, 1.5);
    const size = chance(0.5) ? 1 : chance(0.5) ? 2 : 3 + Math.floor(random() * 2);
    const sharedEmail =
      size > 1 && chance(0.2)
        ? `${surname.toLowerCase().replace(/[^a-z]/g, "")}family@${pick(EMAIL_DOMAINS)}`
        : undefined;
    for (let member = 0; member < size && persons.length < count; member++) {
      const family = chance(0.85) ? surname : pick(FAMILY_NAMES, 1.5);
      const adult = member < 2;
      persons.push(person(home, family, adult ? birthday(1940, 2002) : birthday(2005, 2020), sharedEmail));
    }
    // Twins: two children born the same day, under one roof, with different given names.
    if (size > 1 && chance(0.06) && persons.length + 2 <= count) {
      const dob = birthday(2005, 2020);
      const first = givenName();
      let second = givenName();
      while (second === first) second = givenName();
      persons.push(person(home, surname, dob, undefined, first));
      persons.push(person(home, surname, dob, undefined, second));
    }
  }
  const drafts: { person: string; record: Omit<IdentityRecord, "id"> }[] = [];
  for (const p of persons) {
    // Extra records: geometric, P(k) = (1 − q)·q^k with mean q / (1 − q) = meanRecords − 1.
    const q = (meanRecords - 1) / meanRecords;
    const copies = q === 0 ? 1 : Math.min(12, 1 + Math.floor(Math.log(1 - random()) / Math.log(q)));
    for (let c = 0; c < copies; c++) drafts.push({ person: p.id, record: recordOf(p) });
  }
  function recordOf(p: Person): Omit<IdentityRecord, "id"> {
    const home = p.formerHome !== undefined && chance(0.4) ? p.formerHome : p.home;
    const family = p.formerFamilyName !== undefined && chance(0.4) ? p.formerFamilyName : p.familyName;
    const record: Record<string, unknown> = {
      cluster,
      givenName: slip(p.givenName, true),
      familyName: chance(0.05) ? typo(family) : family,
    };
    if (chance(0.9)) record.dateOfBirth = misdate(p.dateOfBirth);
    if (p.email !== undefined && chance(0.6)) record.email = p.email;
    if (p.phone !== undefined && chance(0.6))
      record.phone = chance(0.5) ? p.phone : `+44 ${p.phone.slice(1, 5)} ${p.phone.slice(5)}`;
    if (chance(0.9)) {
      record.postcode = home.postcode;
      record.addressLines = home.addressLines;
      record.town = home.town;
    }
    if (chance(0.5)) record.uprn = home.uprn;
    if (chance(0.25)) record.references = { "customer-number": p.reference };
    return record as unknown as Omit<IdentityRecord, "id">;
  }
  function slip(name: string, nicknames: boolean): string {
    if (nicknames && chance(0.08)) {
      const variants = NICKNAMES[name.toLowerCase()];
      if (variants !== undefined) return capitalise(pick(variants));
    }
    return chance(0.06) ? typo(name) : name;
  }
  function typo(name: string): string {
    const at = 1 + Math.floor(random() * Math.max(1, name.length - 1));
    const kind = random();
    if (kind < 0.4) return name.slice(0, at) + pick([...TYPO_LETTERS]) + name.slice(at + 1);
    if (kind < 0.7 && at + 1 < name.length) return name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2);
    return name.slice(0, at) + name.slice(at + 1);
  }
  function misdate(date: string): string {
    const [year, month, day] = date.split("-") as [string, string, string];
    const roll = random();
    if (roll < 0.03 && Number(day) <= 12 && day !== month) return `${year}-${day}-${month}`;
    if (roll < 0.06) {
      const wrong = `${year.slice(0, 3)}${(Number(year[3]) + 1) % 10}`;
      return `${wrong}-${month}-${day}`;
    }
    return date;
  }
  // Shuffle, so that record order says nothing about who is who.
  for (let i = drafts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [drafts[i], drafts[j]] = [drafts[j]!, drafts[i]!];
  }
  const recordIds = new Map<string, string[]>();
  const records = drafts.map((draft, i) => {
    const id = `r${String(i + 1).padStart(7, "0")}`;
    const list = recordIds.get(draft.person);
    if (list === undefined) recordIds.set(draft.person, [id]);
    else list.push(id);
    return { id, ...draft.record } as IdentityRecord;
  });
  return { records, people: persons.map((p) => ({ id: p.id, recordIds: recordIds.get(p.id) ?? [] })) };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
