-- Vietnamese alphabetical order in the database: each person carries the ICU collation key
-- of "given family middle" as hex (see VietnameseCollation.sortKey). Lists that page in the
-- database sort by it. V9_52 (a Java migration) fills it for the people already stored.
ALTER TABLE person ADD COLUMN sort_key VARCHAR(512) NOT NULL DEFAULT '';
CREATE INDEX ix_person_sort_key ON person (sort_key);
