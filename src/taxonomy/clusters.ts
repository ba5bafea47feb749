/**
 * A customer cluster: a group of services that share customers and advisers, so that one team (and one
 * view of the customer) handles them together. Councils define their own beside the built-in ones.
 *
 * @example
 * ```ts
 * import type { ClusterDefinition } from "council-contact/taxonomy";
 * const leisure: ClusterDefinition = { id: "leisure", label: "Leisure", description: "Leisure centres and parks", source: "our 2025 service review" };
 * leisure.id //=> "leisure"
 * ```
 */
export interface ClusterDefinition {
  /** A kebab-case id, unique within a catalogue. */
  readonly id: string;
  /** A short label for people. */
  readonly label: string;
  /** What the cluster covers. */
  readonly description: string;
  /** Where the cluster comes from. */
  readonly source: string;
}

const LIVERPOOL =
  "the Liverpool Direct clustering as the project brief names it; no source found that describes Liverpool Direct's clusters (unconfirmed)";
const COMMON = "a common grouping of council services (the project's choice, not a published list)";

// The clusters with their literal ids; exported below as plain ClusterDefinitions.
const BUILT_IN_CLUSTERS = [
  {
    id: "benefits",
    label: "Benefits",
    description: "housing benefit, council tax support and other means-tested help",
    source: LIVERPOOL,
  },
  {
    id: "street-scene",
    label: "Street scene",
    description: "waste and recycling, street cleaning, highways, lighting and environmental problems in public places",
    source: LIVERPOOL,
  },
  {
    id: "children",
    label: "Children and education",
    description: "school admissions and transport, free school meals, early years, fostering and adoption",
    source: LIVERPOOL,
  },
  {
    id: "revenues",
    label: "Revenues",
    description: "council tax, business rates and other money owed to the council",
    source: LIVERPOOL,
  },
  {
    id: "housing",
    label: "Housing",
    description: "council housing, repairs to council homes, homelessness",
    source: COMMON,
  },
  {
    id: "adult-social-care",
    label: "Adult social care",
    description: "care needs assessments, equipment and adaptations, blue badges, community alarms",
    source: COMMON,
  },
  {
    id: "planning-and-regulation",
    label: "Planning and regulation",
    description: "planning, building control, licensing, environmental health, pest control",
    source: COMMON,
  },
  {
    id: "corporate",
    label: "Corporate and democracy",
    description: "complaints, councillors, elections, registration, libraries and general enquiries",
    source: COMMON,
  },
] as const satisfies readonly ClusterDefinition[];

/**
 * The built-in customer clusters. `benefits`, `street-scene`, `children` and `revenues` are the clusters usually
 * attributed to Liverpool Direct, but no source confirming them was found; the rest are a common
 * grouping of council services.
 *
 * @example
 * ```ts
 * import { CLUSTERS } from "council-contact/taxonomy";
 * CLUSTERS.map((cluster) => cluster.id).slice(0, 4) //=> ["benefits", "street-scene", "children", "revenues"]
 * ```
 */
export const CLUSTERS: readonly ClusterDefinition[] = BUILT_IN_CLUSTERS;

/**
 * The id of a built-in cluster. Catalogue cluster ids are plain strings, since councils add their own.
 *
 * @useDeclaredType
 * @example
 * ```ts
 * import type { BuiltInClusterId } from "council-contact/taxonomy";
 * const id: BuiltInClusterId = "street-scene";
 * id //=> "street-scene"
 * ```
 */
export type BuiltInClusterId = (typeof BUILT_IN_CLUSTERS)[number]["id"];
