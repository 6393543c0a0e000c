-- Indexes declared on partitions before any index of the partitioned table.
CREATE TABLE events (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL
) PARTITION BY RANGE (happened_on);

CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (kind);

CREATE TABLE events_2026_click PARTITION OF events_2026 FOR VALUES IN ('click');

CREATE TABLE events_2026_other PARTITION OF events_2026 DEFAULT;

CREATE TABLE events_2024 (
    id bigint NOT NULL,
    happened_on date NOT NULL,
    kind text NOT NULL
);

CREATE INDEX old_events_by_id ON events_2024 (id);

ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE INDEX by_hand ON events_2025 (id DESC);

CREATE INDEX by_hand_kind ON events_2025 (kind);

CREATE INDEX by_hand_kind_c ON events_2025 (kind COLLATE "C");

CREATE INDEX clicks_by_id ON events_2026_click (id);
