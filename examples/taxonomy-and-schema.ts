// The taxonomy and the boundary schemas: a council's service catalogue by cluster, a batch of contacts from a
// CRM export checked row by row (every issue printed), and a sample of synthetic contacts.
// Run: npx tsx examples/taxonomy-and-schema.ts
import { safeParseContacts, serializeContact } from "council-contact/schema";
import { generateContacts } from "council-contact/synth";
import {
  CHANNELS,
  extendCatalogue,
  STARTER_CATALOGUE,
  servicesForLifeEvent,
  servicesInCluster,
} from "council-contact/taxonomy";

// 1. The catalogue, extended with a council's own cluster and service.
const catalogue = extendCatalogue(STARTER_CATALOGUE, {
  clusters: [
    { id: "leisure", label: "Leisure", description: "leisure centres and swimming", source: "our 2025 service review" },
  ],
  services: [
    {
      id: "swimming-lessons",
      label: "Swimming lessons",
      cluster: "leisure",
      tier: "all",
      source: "our 2025 service review",
    },
  ],
});
console.log(`Service catalogue: ${catalogue.services.length} services in ${catalogue.clusters.length} clusters\n`);
for (const cluster of catalogue.clusters) {
  const services = servicesInCluster(catalogue, cluster.id).map(
    (service) => `${service.label}${service.lgsl ? ` (LGSL ${service.lgsl})` : ""}`,
  );
  console.log(`${cluster.label.padEnd(26)} ${services.join(", ")}`);
}
console.log(
  `\nMoving home touches: ${servicesForLifeEvent("moving-home", catalogue)
    .map((service) => service.label)
    .join(", ")}`,
);

// 2. A batch of contacts as a CRM export might send them: two good rows and four bad ones.
const rows: unknown[] = JSON.parse(`[
  { "id": "c-101", "at": "2024-10-07T09:12:00+01:00", "channel": "telephone", "serviceId": "missed-bin", "interaction": "report", "handleSeconds": 284, "waitSeconds": 35, "answered": true, "uprn": "100023336956" },
  { "id": "c-102", "at": "2024-10-07T09:30:00Z", "channel": "web-form", "serviceId": "swimming-lessons", "interaction": "booking" },
  { "id": "c-103", "at": "2023-02-29T10:00:00Z", "channel": "pigeon", "handleSeconds": -30 },
  { "id": "c-104", "at": "2024-10-07T11:00:00", "channel": "email", "waitSeconds": 12.5, "uprn": "12-34" },
  { "id": "c-105", "at": 1728295200000, "channel": "telephone", "colour": "red", "__proto__": { "isAdmin": true } },
  "not a contact"
]`);
const result = safeParseContacts(rows);
if (result.success) {
  console.log(`\nAll ${result.data.length} contacts are valid.`);
} else {
  console.log(
    `\n${rows.length} rows checked, ${result.error.issues.length} issues (nothing imported until every row is fixed):`,
  );
  for (const issue of result.error.issues) {
    console.log(
      `  row ${String(issue.path[0])} ${issue.path.slice(1).join(".").padEnd(14)} ${issue.code.padEnd(17)} ${issue.message}`,
    );
  }
}

// 3. Synthetic contacts for trying things out: a week in October, reproducible from its seed.
const sample = generateContacts({ seed: 2024, count: 2000, from: "2024-10-07", to: "2024-10-13" });
const byChannel = new Map<string, number>();
for (const contact of sample) byChannel.set(contact.channel, (byChannel.get(contact.channel) ?? 0) + 1);
console.log(`\nA synthetic week (seed 2024): ${sample.length} contacts`);
for (const [channel, count] of [...byChannel].sort((a, b) => b[1] - a[1]).slice(0, 6)) {
  console.log(`  ${CHANNELS[channel as keyof typeof CHANNELS].label.padEnd(18)} ${String(count).padStart(5)}`);
}
const chase = sample.find((contact) => contact.interaction === "chase");
if (chase)
  console.log(`\nA progress chase, as it crosses the boundary:\n${JSON.stringify(serializeContact(chase), null, 2)}`);
