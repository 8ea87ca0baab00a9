-- Whether guests of the provincial Party committee, People's Council and People's Committee
-- (Tỉnh ủy, HĐND, UBND tỉnh) are introduced and seated before the department's Director (the
-- usual protocol in a province) or after. A setting, since practice differs.
ALTER TABLE conference ADD COLUMN local_government_first BOOLEAN DEFAULT TRUE NOT NULL;
