-- A source's title in French (null: the title reads the same in both languages, or no one wrote
-- one): the web app shows it on French pages. Bundled sources carry one.
ALTER TABLE sources ADD COLUMN title_fr VARCHAR;
