/** A small answer library for the tool's tests, consistent with the fixture project of test/load/fixtures.ts. */
export const LIBRARY = `- id: encryption-in-transit
  question: Is data encrypted in transit?
  alternatives:
    - Is all traffic protected with TLS?
  answer: Yes. {{company.name}} encrypts every connection with TLS.
  short: yes
  controls: [data-in-transit]
  caiq: [CEK-03.1]
  reviewed: 2026-06-26

- id: hosting
  question: Where is the service hosted?
  answer: On Amazon Web Services, in the EU.
  short: n/a
  subprocessors: ["Amazon Web Services, Inc."]
  caiq: [DSP-19.1]
  reviewed: 2026-06-26

- id: uptime-sla
  question: Do you offer an uptime SLA?
  answer: No. There is no service level agreement on uptime.
  short: no
  caiq: [BCR-08.1]
  audience: nda
  reviewed: 2026-06-26

- id: deletion
  question: Can we ask you to delete our data?
  answer: Yes, within 30 days of a request to {{company.securityContact}}.
  short: yes
  caiq: [DSP-02.1]
  reviewed: 2026-06-26
`;
