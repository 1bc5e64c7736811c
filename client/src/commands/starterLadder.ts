/**
 * A small, valid, commented ladder to start from: every part of the format appears once, with a comment
 * saying what it is for.
 */
export const STARTER_LADDER = `# A career ladder. Every level names the competencies it expects and the requirements a person must
# meet to be promoted into it. Self-assessments (*.assessment.yaml) are scored against this file.
kind: Ladder
id: my-team
name: My Team Career Ladder
description: Replace this with a sentence about who the ladder is for.

# The rating scale, lowest to highest. Ratings and expectations use these ids.
scale:
  - id: 1
    name: Learning
  - id: 2
    name: Practising
  - id: 3
    name: Expert

# What people are rated on. A group lets a requirement count competencies of one kind.
competencies:
  - id: troubleshooting
    name: Technical troubleshooting
    group: core
    descriptors:
      1: Follows runbooks with help.
      3: The team's go-to person; teaches others.
  - id: communication
    name: Customer communication
    group: core
  - id: mentoring
    name: Mentoring
    group: leadership

# Numbers a requirement can set a bound on, and yes/no facts it can ask for.
metrics:
  - id: unassisted-resolution
    name: Issues resolved without assistance
    unit: percent
    better: higher
checks:
  - id: peer-review
    name: Successful peer review

# Career paths; every level belongs to one.
tracks:
  - id: core
    name: Core Role
  - id: ic
    name: IC Path

levels:
  - id: engineer
    name: Engineer
    track: core
    rank: 1
    expectations:
      troubleshooting: 2
      communication: 2
    next: [senior-engineer]

  - id: senior-engineer
    name: Senior Engineer
    track: ic
    rank: 2
    expectations:
      troubleshooting: 3
      communication: 2
      mentoring: 2
    requirements:
      - id: senior-tenure
        description: One year at Level 1.
        time-at-level: {years: 1, rank: 1}
      - id: senior-breadth
        description: Expert in at least one core competency.
        competencies: {count: 1, min: 3, group: core}
      - metric: {id: unassisted-resolution, min: 90}
      - check: peer-review
`;
