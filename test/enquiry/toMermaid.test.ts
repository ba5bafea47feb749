import { describe, expect, it } from "vitest";
import {
  complaint,
  defineLifecycle,
  generalEnquiry,
  informationRequest,
  serviceRequest,
  subjectAccessRequest,
  toMermaid,
} from "../../src/enquiry/index.js";
import { readRepoFile } from "../docs/extractExamples.js";

describe("toMermaid", () => {
  it("draws states, labelled edges, the any-open node and the end markers", () => {
    const potholes = defineLifecycle({
      id: "potholes",
      version: 3,
      initial: { event: "report", target: "new-report", effects: [{ type: "start-clock", regime: "pothole-sla" }] },
      states: {
        "new-report": { type: "open", description: "waiting: triage; today", on: { inspect: { target: "inspected" } } },
        inspected: { type: "open" },
        repaired: {
          type: "closed",
          outcome: "fixed",
          on: { reopen: { target: "inspected", guards: [{ kind: "within-days-of-closure", days: 14 }] } },
        },
        "not-ours": { type: "closed", outcome: "not-council-responsibility" },
      },
      whileOpen: {
        repair: {
          target: "repaired",
          effects: [{ type: "stop-clock", regime: "pothole-sla" }, { type: "notify-customer" }],
        },
        pass: {
          target: "not-ours",
          guards: [{ kind: "names-referral" }],
          effects: [{ type: "refer" }, { type: "notify-customer" }],
        },
      },
    });
    expect(toMermaid(potholes)).toBe(
      [
        "stateDiagram-v2",
        '  state "new-report" as new_report',
        "  new_report : waiting  triage  today",
        "  repaired : outcome fixed",
        '  state "not-ours" as not_ours',
        "  not_ours : outcome not-council-responsibility",
        '  state "any open state" as any_open',
        "  [*] --> new_report : report / start pothole-sla clock",
        "  new_report --> inspected : inspect",
        "  repaired --> inspected : reopen [within 14 days of closure]",
        "  any_open --> repaired : repair / stop pothole-sla clock, notify",
        "  any_open --> not_ours : pass [names referral] / refer, notify",
        "  repaired --> [*]",
        "  not_ours --> [*]",
        "  classDef anyOpen stroke-dasharray: 5 5",
        "  class any_open anyOpen",
        "  classDef closedState fill:#e8f5e9,stroke:#2e7d32",
        "  class repaired,not_ours closedState",
        "",
      ].join("\n"),
    );
  });

  it("draws a self-loop for a transition without a target, and a fixed destination on refer", () => {
    const lines = toMermaid(complaint).split("\n");
    expect(lines).toContain("  stage_2_investigating --> stage_2_investigating : assign [new handler] / assign");
    expect(lines).toContain("  stage_2_upheld --> with_ombudsman : refer-to-ombudsman / refer ombudsman, notify");
  });

  it("renames a state called after a Mermaid keyword, keeping its name as the label", () => {
    const notes = defineLifecycle({
      id: "notes",
      version: 1,
      initial: { event: "write", target: "note" },
      states: {
        note: { type: "open", on: { file: { target: "class", effects: [{ type: "notify-customer" }] } } },
        class: { type: "closed", outcome: "answered" },
      },
    });
    expect(toMermaid(notes).split("\n").slice(0, 6)).toEqual([
      "stateDiagram-v2",
      '  state "note" as note_state',
      '  state "class" as class_state',
      "  class_state : outcome answered",
      "  [*] --> note_state : write",
      "  note_state --> class_state : file / notify",
    ]);
  });

  it("gives every state a Mermaid-safe id: no hyphens, colons or semicolons outside labels", () => {
    for (const definition of [serviceRequest, generalEnquiry, complaint, informationRequest, subjectAccessRequest]) {
      for (const line of toMermaid(definition).split("\n").slice(1, -1)) {
        const [statement] = line.split(" : ");
        expect(statement).toMatch(
          /^ {2}(state "[a-z0-9-]+( [a-z]+)*" as \w+|\[\*\] --> \w+|\w+ --> (\w+|\[\*\])|\w+|classDef \w+ .+|class [\w,]+ \w+)$/,
        );
      }
    }
  });
});

describe("the enquiries guide", () => {
  const guide = readRepoFile("docs/enquiries.md");
  const diagrams = [...guide.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1]);

  it("shows each built-in lifecycle exactly as toMermaid draws it, so the pictures cannot drift", () => {
    expect(diagrams).toEqual(
      [serviceRequest, generalEnquiry, complaint, informationRequest, subjectAccessRequest].map(toMermaid),
    );
  });
});
