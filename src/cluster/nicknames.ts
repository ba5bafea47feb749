/**
 * Common English given-name variants, each group under the formal name it stands for. A name can sit in
 * more than one group (`Chris` is Christopher or Christine), so two names match as nicknames when they share
 * a group. Lower case, letters only. The project's own list of well-known diminutives, not a published one.
 *
 * @example
 * ```ts
 * import { NICKNAMES } from "council-contact/cluster";
 * NICKNAMES.william?.includes("bill") //=> true
 * ```
 */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  alexander: ["alex", "alec", "sandy", "xander"],
  alexandra: ["alex", "sandra", "sandy", "lexi"],
  andrew: ["andy", "drew"],
  anthony: ["tony", "ant"],
  benjamin: ["ben", "benny", "benji"],
  catherine: ["cath", "cathy", "kate", "katie", "kat", "kath", "kathy", "katherine", "kathryn", "caitlin"],
  charles: ["charlie", "chas", "chuck"],
  charlotte: ["lottie", "charlie", "lotte"],
  christopher: ["chris", "kit", "topher"],
  christine: ["chris", "chrissie", "tina"],
  daniel: ["dan", "danny"],
  david: ["dave", "davy", "davie"],
  deborah: ["debbie", "deb", "debra"],
  edward: ["ed", "eddie", "ted", "teddy", "ned"],
  elizabeth: ["liz", "lizzie", "beth", "betty", "eliza", "libby", "lisa", "bess", "elsie"],
  frederick: ["fred", "freddie"],
  gregory: ["greg"],
  henry: ["harry", "hal", "hank"],
  james: ["jim", "jimmy", "jamie", "jem"],
  jennifer: ["jen", "jenny", "jenni"],
  john: ["jack", "johnny", "jon"],
  jonathan: ["jon", "jonny", "nathan"],
  joseph: ["joe", "joey"],
  katherine: ["kate", "katie", "kath", "kathy", "kathryn", "catherine"],
  margaret: ["maggie", "meg", "peggy", "madge", "margo", "greta", "rita"],
  matthew: ["matt", "matty"],
  michael: ["mike", "mick", "micky", "mikey"],
  nicholas: ["nick", "nicky", "nico"],
  patricia: ["pat", "patty", "trish", "tricia"],
  patrick: ["pat", "paddy"],
  peter: ["pete"],
  rebecca: ["becky", "becca", "bex"],
  richard: ["rich", "richie", "rick", "ricky", "dick"],
  robert: ["rob", "robbie", "bob", "bobby", "bert"],
  samuel: ["sam", "sammy"],
  samantha: ["sam", "sammy"],
  stephen: ["steve", "stevie", "steven"],
  susan: ["sue", "susie", "suzy"],
  thomas: ["tom", "tommy"],
  victoria: ["vicky", "vicki", "tori"],
  william: ["will", "bill", "billy", "liam", "willie"],
};

/** Each name → the groups it belongs to (the formal name of each group). */
const GROUPS: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ groupsByName();

function groupsByName(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const add = (name: string, group: string): void => {
    const list = groups.get(name);
    if (list === undefined) groups.set(name, [group]);
    else if (!list.includes(group)) list.push(group);
  };
  for (const [formal, variants] of Object.entries(NICKNAMES)) {
    add(formal, formal);
    for (const variant of variants) add(variant, formal);
  }
  return groups;
}

/**
 * Whether two normalised given names are variants of one name (`bill` and `william`, `kate` and `katie`),
 * allowing a slip in one of them: `bill` and `wiliam` are variants, since `wiliam` is within `similar` of
 * `william`.
 */
export function areNicknames(a: string, b: string, similar: (x: string, y: string) => boolean): boolean {
  const left = GROUPS.get(a);
  const right = GROUPS.get(b);
  if (left !== undefined && right !== undefined) return left.some((group) => right.includes(group));
  // One name is not in the list: it may be a misspelling of a variant of the other.
  // (A slip of the known name itself is a typo, not a nickname.)
  const [known, name, other] =
    left !== undefined ? [left, a, b] : right !== undefined ? [right, b, a] : [undefined, "", ""];
  if (known === undefined || similar(other, name)) return false;
  return known.some((group) => similar(other, group) || NICKNAMES[group]!.some((variant) => similar(other, variant)));
}
