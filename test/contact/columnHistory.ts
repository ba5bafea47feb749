import { parseContacts } from "../../src/schema/index.js";

/**
 * Three contacts across the start of British Summer Time (01:00 UTC on Sunday 31 March 2024). 2024-01-01 is epoch
 * day 19723, so 30 March is 19723 + 89 = 19812 and 1 April is 19723 + 91 = 19814. c-2, at 23:30 UTC on 31 March, is
 * 00:30 BST on 1 April: London day 19814, though its UTC day is 19813.
 */
export const THREE_CONTACTS = parseContacts([
  {
    id: "c-1",
    at: "2024-03-30T23:30:00Z",
    channel: "telephone",
    customerId: "cust-1",
    serviceId: "missed-bin",
    uprn: "10070",
    interaction: "report",
    outcome: "referred",
    handleSeconds: 300,
    answered: true,
  },
  {
    id: "c-2",
    at: "2024-03-31T23:30:00Z",
    channel: "letter",
    direction: "outbound",
    customerId: "cust-2",
    serviceId: "council-tax",
    uprn: "20080",
    ward: "Abbey",
  },
  {
    id: "c-3",
    at: "2024-04-01T10:00:00Z",
    channel: "web-form",
    direction: "inbound",
    customerId: "cust-1",
    enquiryId: "E-1",
    serviceId: "missed-bin",
    uprn: "10070",
    interaction: "chase",
    waitSeconds: 0,
    answered: false,
    note: "any news?",
  },
]);
